package io.dynantic.local.action;

import io.dynantic.local.ResourceNotFoundException;
import io.dynantic.local.ValidationException;
import io.dynantic.local.api.ListTagsOfResourceRequest;
import io.dynantic.local.api.ListTagsOfResourceResponse;
import io.dynantic.local.api.Tag;
import io.dynantic.local.api.TagResourceRequest;
import io.dynantic.local.api.TagResourceResponse;
import io.dynantic.local.api.UntagResourceRequest;
import io.dynantic.local.storage.Catalog;
import io.dynantic.local.storage.Table;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** DynamoDB's TagResource, UntagResource and ListTagsOfResource, for tables named by their ARN. */
public final class Tags {
    static final int MAX_TAGS = 50;

    // DynamoDB's messages for tags, typos included ("ResourcArn", "Atleast"); confirmed from tests recorded against
    // DynamoDB (dynalite, ScyllaDB's tag tests).
    static final String ARN_NOT_FOUND = "Requested resource not found: ResourcArn: %s not found";
    static final String ARN_REQUIRED = "Invalid TableArn";
    static final String INVALID_ARN = "Invalid TableArn: Invalid ResourceArn provided as input %s";
    static final String EMPTY_TAGS = "Atleast one Tag needs to be provided as Input.";
    static final String EMPTY_TAG_KEYS = "Atleast one Tag Key needs to be provided as Input.";

    // DynamoDB's messages for more than 50 tags, for a key or value outside its documented restrictions (key 1 to
    // 128 characters, value up to 256, both of letters, digits, spaces and _ . : / = + - @), for a key starting
    // with "aws:" and for a key given twice; confirmed from DynamoDB responses the ack-api-quirks probes recorded
    // in 2026 (an absent key or value is named "null").
    static final String TOO_MANY = "Number of Tags exceed the current limit for the provided ResourceArn";
    static final String INVALID_KEY = "The Tag Key provided is invalid, Key: %s";
    static final String INVALID_VALUE = "The Tag Value provided is invalid, Value: %s";
    static final String AWS_PREFIX = "Tag Key cannot be prefixed with aws:, Key: %s";
    static final String DUPLICATE_KEY = "Duplicate Tag Keys provided as input: Duplicate Tag Key found %s";

    private static final Pattern CHARACTERS = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");

    private final Catalog catalog;

    public Tags(Catalog catalog) {
        this.catalog = catalog;
    }

    public TagResourceResponse tag(TagResourceRequest request) {
        String arn = arn(request.resourceArn());
        if (request.tags() == null || request.tags().isEmpty()) {
            throw new ValidationException(EMPTY_TAGS);
        }
        check(request.tags());
        return catalog.write(() -> {
            Table table = table(arn, String.format(ARN_NOT_FOUND, arn));
            request.tags().forEach(tag -> table.tags().put(tag.key(), tag.value()));
            if (table.tags().size() > MAX_TAGS) {
                request.tags().forEach(tag -> table.tags().remove(tag.key()));
                throw new ValidationException(TOO_MANY);
            }
            return new TagResourceResponse();
        });
    }

    public TagResourceResponse untag(UntagResourceRequest request) {
        String arn = arn(request.resourceArn());
        if (request.tagKeys() == null || request.tagKeys().isEmpty()) {
            throw new ValidationException(EMPTY_TAG_KEYS);
        }
        List<String> keys = request.tagKeys();
        keys.forEach(Tags::checkKey);
        return catalog.write(() -> {
            Table table = table(arn, ResourceNotFoundException.MESSAGE);
            keys.forEach(table.tags()::remove);
            return new TagResourceResponse();
        });
    }

    public ListTagsOfResourceResponse list(ListTagsOfResourceRequest request) {
        String arn = arn(request.resourceArn());
        return catalog.read(() -> new ListTagsOfResourceResponse(
                table(arn, String.format(ARN_NOT_FOUND, arn)).tags().entrySet().stream()
                        .map(e -> new Tag(e.getKey(), e.getValue()))
                        .toList(),
                null));
    }

    /** Refuses more tags than a table may have, and tags DynamoDB does not accept, before anything is changed. */
    static void check(List<Tag> tags) {
        if (tags.size() > MAX_TAGS) {
            throw new ValidationException(TOO_MANY);
        }
        Set<String> keys = new HashSet<>();
        for (Tag tag : tags) {
            checkKey(tag.key());
            if (tag.key().regionMatches(true, 0, "aws:", 0, 4)) {
                throw new ValidationException(String.format(AWS_PREFIX, tag.key()));
            }
            if (!fits(tag.value(), 0, 256)) {
                throw new ValidationException(String.format(INVALID_VALUE, tag.value()));
            }
            if (!keys.add(tag.key())) {
                throw new ValidationException(String.format(DUPLICATE_KEY, tag.key()));
            }
        }
    }

    private static void checkKey(String key) {
        if (!fits(key, 1, 128)) {
            throw new ValidationException(String.format(INVALID_KEY, key));
        }
    }

    /** Whether {@code text} is present, of {@code min} to {@code max} characters DynamoDB allows in tags. */
    private static boolean fits(String text, int min, int max) {
        if (text == null) {
            return false;
        }
        int length = text.codePointCount(0, text.length());
        return length >= min && length <= max && CHARACTERS.matcher(text).matches();
    }

    /** Checks that {@code arn} names a table of this engine (which may not exist). */
    private static String arn(String arn) {
        if (arn == null) {
            throw new ValidationException(ARN_REQUIRED);
        }
        String name = arn.startsWith(Tables.ARN_PREFIX) ? arn.substring(Tables.ARN_PREFIX.length()) : "";
        if (name.length() < 3 || name.contains("/")) {
            throw new ValidationException(String.format(INVALID_ARN, arn));
        }
        return arn;
    }

    private Table table(String arn, String notFound) {
        Table table = catalog.get(arn.substring(Tables.ARN_PREFIX.length()));
        if (table == null) {
            throw new ResourceNotFoundException(notFound);
        }
        return table;
    }
}
