package io.dynantic.local.api;

import java.util.List;

/** An UntagResource request: removes tags of the table with this ARN by key. */
public record UntagResourceRequest(String resourceArn, List<String> tagKeys) {
    public UntagResourceRequest {
        tagKeys = tagKeys == null ? null : List.copyOf(tagKeys);
    }
}
