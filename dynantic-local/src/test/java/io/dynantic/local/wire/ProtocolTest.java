package io.dynantic.local.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.dynantic.local.Engine;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DynamoDB's JSON protocol byte for byte: bodies, statuses and errors as DynamoDB sends them. */
class ProtocolTest {
    private final Protocol protocol = new Protocol(Engine.create());

    private Protocol.Reply call(String action, String json) {
        return protocol.handle(
                Protocol.TARGET_PREFIX + action, json.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
    }

    private static String body(Protocol.Reply reply) {
        return new String(reply.body(), StandardCharsets.UTF_8);
    }

    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    @BeforeEach
    void createTable() {
        Protocol.Reply reply = call(
                "CreateTable",
                "{'TableName':'things','BillingMode':'PAY_PER_REQUEST',"
                        + "'KeySchema':[{'AttributeName':'id','KeyType':'HASH'}],"
                        + "'AttributeDefinitions':[{'AttributeName':'id','AttributeType':'S'}]}");
        assertThat(reply.status()).as(body(reply)).isEqualTo(200);
    }

    @Test
    void anUnknownActionIsAnUnknownOperationWithDynamoDbsExactBytes() {
        Protocol.Reply reply = protocol.handle("DynamoDB_20120810.ListTable", "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(body(reply)).isEqualTo(json("{'__type':'com.amazon.coral.service#UnknownOperationException'}"));
        // The checksum DynamoDB sends with this body (recorded against DynamoDB by dynalite's tests).
        assertThat(reply.crc32()).isEqualTo(1368724161L);
        assertThat(protocol.handle(null, new byte[0]).status()).isEqualTo(400);
    }

    @Test
    void aBodyThatIsNotJsonIsASerializationExceptionWithoutAMessage() {
        Protocol.Reply reply = protocol.handle("DynamoDB_20120810.ListTables", "{".getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(body(reply)).isEqualTo(json("{'__type':'com.amazon.coral.service#SerializationException'}"));
        assertThat(reply.crc32()).isEqualTo(3948637019L);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "DescribeTable | {'TableName':5}     | NUMBER_VALUE cannot be converted to String",
                "DescribeTable | {'TableName':1.5}   | DECIMAL_VALUE cannot be converted to String",
                "DescribeTable | {'TableName':true}  | TRUE_VALUE cannot be converted to String",
                "DescribeTable | {'TableName':['t']} | Unrecognized collection type class java.lang.String",
                "DescribeTable | {'TableName':{}}    | Start of structure or map found where not expected",
                "ListTables    | {'Limit':'abc'}     | STRING_VALUE cannot be converted to Integer",
                "GetItem       | {'TableName':'things','Key':{'id':'x'}}     | Unexpected value type in payload",
                "GetItem       | {'TableName':'things','Key':{'id':{'B':1}}} | only base-64-encoded strings are convertible to bytes",
                "GetItem       | {'TableName':'things','Key':'x'}            | Unexpected field type",
            })
    void membersOfTheWrongTypeAreSerializationExceptions(String action, String request, String message) {
        Protocol.Reply reply = call(action, request);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(body(reply))
                .isEqualTo(json(
                        "{'__type':'com.amazon.coral.service#SerializationException','Message':'" + message + "'}"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{}                      | Supplied AttributeValue is empty, must contain exactly one of the supported datatypes",
                "{'S':'a','N':'1'}       | Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes",
                "{'NULL':false}          | One or more parameter values were invalid: Null attribute value types must have the value of true",
                "{'SS':[]}               | One or more parameter values were invalid: An string set  may not be empty",
                "{'NS':[]}               | One or more parameter values were invalid: An number set  may not be empty",
                "{'BS':[]}               | One or more parameter values were invalid: Binary sets should not be empty",
                "{'SS':['a','a']}        | One or more parameter values were invalid: Input collection [a, a] contains duplicates.",
                "{'NS':['1','1.0']}      | Input collection contains duplicates",
                "{'BS':['Yg==','Yg==']}  | One or more parameter values were invalid: Input collection [Yg==, Yg==]of type BS contains duplicates.",
                "{'N':'x'}               | The parameter cannot be converted to a numeric value: x",
            })
    void malformedAttributeValuesAreRefusedWithDynamoDbsMessages(String value, String message) {
        Protocol.Reply reply = call("PutItem", "{'TableName':'things','Item':{'id':{'S':'a'},'v':" + value + "}}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(body(reply))
                .isEqualTo(
                        json("{'__type':'com.amazon.coral.validate#ValidationException','message':'" + message + "'}"));
    }

    @Test
    void aMalformedExpressionValueNamesItsPlaceholder() {
        Protocol.Reply reply = call(
                "PutItem",
                "{'TableName':'things','Item':{'id':{'S':'a'}},'ConditionExpression':'v = :v',"
                        + "'ExpressionAttributeValues':{':v':{'SS':[]}}}");
        assertThat(body(reply))
                .contains("ExpressionAttributeValues contains invalid value: One or more parameter values were"
                        + " invalid: An string set  may not be empty for key :v");
    }

    @Test
    void aMalformedValueNestedInAPlaceholderIsNamedOnce() {
        assertThat(body(call(
                        "PutItem",
                        "{'TableName':'things','Item':{'id':{'S':'a'}},'ConditionExpression':'v = :v',"
                                + "'ExpressionAttributeValues':{':v':{'M':{'inner':{'SS':[]}}}}}")))
                .isEqualTo(json("{'__type':'com.amazon.coral.validate#ValidationException','message':"
                        + "'ExpressionAttributeValues contains invalid value: One or more parameter values were"
                        + " invalid: An string set  may not be empty for key :v'}"));
    }

    @Test
    void itemsComeBackInDynamoDbsNormalForm() {
        call(
                "PutItem",
                "{'TableName':'things','Item':{'id':{'S':'a'},'n':{'N':'1e2'},'f':{'N':'1.50'},'b':{'B':'AQI='}}}");
        Protocol.Reply reply = call("GetItem", "{'TableName':'things','Key':{'id':{'S':'a'}}}");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(body(reply))
                .isEqualTo(json("{'Item':{'id':{'S':'a'},'n':{'N':'100'},'f':{'N':'1.5'},'b':{'B':'AQI='}}}"));
        assertThat(body(call("GetItem", "{'TableName':'things','Key':{'id':{'S':'none'}}}")))
                .isEqualTo("{}");
        assertThat(body(call("PutItem", "{'TableName':'things','Item':{'id':{'S':'b'}}}")))
                .isEqualTo("{}");
    }

    @Test
    void aFailedConditionReturnsTheOldItemWhenAsked() {
        call("PutItem", "{'TableName':'things','Item':{'id':{'S':'a'},'v':{'N':'1'}}}");
        Protocol.Reply reply = call(
                "PutItem",
                "{'TableName':'things','Item':{'id':{'S':'a'}},'ConditionExpression':'attribute_not_exists(id)',"
                        + "'ReturnValuesOnConditionCheckFailure':'ALL_OLD'}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(body(reply))
                .isEqualTo(json("{'__type':'com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException',"
                        + "'message':'The conditional request failed','Item':{'id':{'S':'a'},'v':{'N':'1'}}}"));
    }

    @Test
    void aCancelledTransactionListsAReasonPerAction() {
        call("PutItem", "{'TableName':'things','Item':{'id':{'S':'a'}}}");
        Protocol.Reply reply = call(
                "TransactWriteItems",
                "{'TransactItems':[{'Put':{'TableName':'things','Item':{'id':{'S':'b'}}}},"
                        + "{'ConditionCheck':{'TableName':'things','Key':{'id':{'S':'a'}},"
                        + "'ConditionExpression':'attribute_not_exists(id)'}}]}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(body(reply))
                .isEqualTo(json("{'__type':'com.amazonaws.dynamodb.v20120810#TransactionCanceledException',"
                        + "'message':'Transaction cancelled, please refer cancellation reasons for specific reasons"
                        + " [None, ConditionalCheckFailed]','CancellationReasons':[{'Code':'None'},"
                        + "{'Code':'ConditionalCheckFailed','Message':'The conditional request failed'}]}"));
    }

    @Test
    void aMissingTableIsAResourceNotFoundException() {
        assertThat(body(call("DescribeTable", "{'TableName':'nope'}")))
                .isEqualTo(json("{'__type':'com.amazonaws.dynamodb.v20120810#ResourceNotFoundException',"
                        + "'message':'Requested resource not found: Table: nope not found'}"));
    }

    @Test
    void anAbsentBillingModeIsProvisionedAndNeedsCapacity() {
        assertThat(body(call(
                        "CreateTable",
                        "{'TableName':'provisioned','KeySchema':[{'AttributeName':'id','KeyType':'HASH'}],"
                                + "'AttributeDefinitions':[{'AttributeName':'id','AttributeType':'S'}]}")))
                .contains("ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is"
                        + " PROVISIONED");
    }

    @Test
    void anEnumValueOutsideItsSetIsAConstraintError() {
        assertThat(body(call("PutItem", "{'TableName':'things','Item':{'id':{'S':'a'}},'ReturnValues':'SOME'}")))
                .contains("1 validation error detected: Value 'SOME' at 'returnValues' failed to satisfy constraint:"
                        + " Member must satisfy enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]");
    }

    @Test
    void legacyAndExpressionParametersDoNotMix() {
        assertThat(body(call(
                        "GetItem",
                        "{'TableName':'things','Key':{'id':{'S':'a'}},'AttributesToGet':['id'],"
                                + "'ProjectionExpression':'id'}")))
                .contains(
                        "Can not use both expression and non-expression parameters in the same request:"
                                + " Non-expression parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}");
    }

    @Test
    void aBatchWriteOfNeitherPutNorDeleteIsAValidationException() {
        Protocol.Reply reply = call("BatchWriteItem", "{'RequestItems':{'things':[{}]}}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(body(reply))
                .isEqualTo(json("{'__type':'com.amazon.coral.validate#ValidationException','message':'Supplied"
                        + " AttributeValue has more than one datatypes set, must contain exactly one of the supported"
                        + " datatypes'}"));
    }
}
