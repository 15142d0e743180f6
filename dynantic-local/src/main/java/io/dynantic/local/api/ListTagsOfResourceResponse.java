package io.dynantic.local.api;

import java.util.List;

/** A ListTagsOfResource response; {@code nextToken} is {@code null} on the last page. */
public record ListTagsOfResourceResponse(List<Tag> tags, String nextToken) {
    public ListTagsOfResourceResponse {
        tags = List.copyOf(tags);
    }
}
