package io.dynantic.local.api;

import java.util.List;

/** A TagResource request: adds or replaces tags of the table with this ARN. */
public record TagResourceRequest(String resourceArn, List<Tag> tags) {
    public TagResourceRequest {
        tags = tags == null ? null : List.copyOf(tags);
    }
}
