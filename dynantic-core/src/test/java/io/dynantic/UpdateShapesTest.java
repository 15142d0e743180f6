package io.dynantic;

import static org.assertj.core.api.Assertions.assertThat;

import io.dynantic.annotation.DynamoTable;
import io.dynantic.annotation.PartitionKey;
import io.dynantic.expression.Attribute;
import io.dynantic.expression.ListAttribute;
import io.dynantic.expression.NumberAttribute;
import io.dynantic.expression.StringAttribute;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * Updates of one table whose shapes alternate, each recognised again: a table remembers the plan of each shape
 * and checks the last one first. What is sent is what the server would get, so a client that records the
 * requests is enough here.
 */
class UpdateShapesTest {
    @DynamoTable("counters")
    record Counter(@PartitionKey String id, String name, long count, List<String> log) {}

    private static final StringAttribute<Counter> NAME = Attribute.string("name");
    private static final NumberAttribute<Counter, Long> COUNT = Attribute.number("count");
    private static final ListAttribute<Counter, String> LOG = Attribute.list("log");

    static final class Recording implements DynamoDbClient {
        final List<UpdateItemRequest> sent = new ArrayList<>();

        @Override
        public UpdateItemResponse updateItem(UpdateItemRequest request) {
            sent.add(request);
            return UpdateItemResponse.builder().build();
        }

        @Override
        public String serviceName() {
            return "dynamodb";
        }

        @Override
        public void close() {}
    }

    @Test
    void eachShapeIsRenderedAsItsOwnWhateverCameBefore() {
        Recording client = new Recording();
        Table<Counter> counters = Dynantic.create(client).table(Counter.class);

        for (int round = 0; round < 2; round++) {
            counters.update("c1").set(NAME, "a").add(COUNT, 1L).execute();
            counters.update("c1").add(COUNT, 2L).set(NAME, "b").execute();
            counters.update("c1").increment(COUNT, 3L).execute();
            counters.update("c1").decrement(COUNT, 4L).execute();
            counters.update("c1").append(LOG, List.of("x")).execute();
            counters.update("c1").prepend(LOG, List.of("y")).execute();
            counters.update("c1").remove(NAME).execute();
        }

        List<String> expressions = client.sent.stream()
                .map(r -> r.updateExpression() + " " + r.expressionAttributeNames() + " "
                        + r.expressionAttributeValues().values())
                .toList();
        assertThat(expressions.subList(7, 14)).isEqualTo(expressions.subList(0, 7));
        assertThat(expressions.subList(0, 7))
                .containsExactly(
                        "SET #n0 = :v0 ADD #n1 :v1 {#n0=name, #n1=count} [AttributeValue(S=a), AttributeValue(N=1)]",
                        "SET #n1 = :v1 ADD #n0 :v0 {#n0=count, #n1=name} [AttributeValue(N=2), AttributeValue(S=b)]",
                        "SET #n0 = if_not_exists(#n0, :v0) + :v1 {#n0=count} [AttributeValue(N=0), AttributeValue(N=3)]",
                        "SET #n0 = if_not_exists(#n0, :v0) - :v1 {#n0=count} [AttributeValue(N=0), AttributeValue(N=4)]",
                        "SET #n0 = list_append(if_not_exists(#n0, :v0), :v1) {#n0=log} [AttributeValue(L=[]),"
                                + " AttributeValue(L=[AttributeValue(S=x)])]",
                        "SET #n0 = list_append(:v1, if_not_exists(#n0, :v0)) {#n0=log} [AttributeValue(L=[]),"
                                + " AttributeValue(L=[AttributeValue(S=y)])]",
                        "REMOVE #n0 {#n0=name} []");
    }
}
