package io.dynantic.local.action;

import io.dynantic.local.ConditionalCheckFailedException;
import io.dynantic.local.ValidationException;
import io.dynantic.local.api.ReturnValue;
import io.dynantic.local.api.ReturnValuesOnConditionCheckFailure;
import io.dynantic.local.expression.Condition;
import io.dynantic.local.expression.eval.ConditionEvaluator;
import io.dynantic.local.value.Value;
import java.util.Map;

/** The checks the write actions share: ReturnValues for PutItem and DeleteItem, and the condition. */
final class Conditions {
    // DynamoDB's message for ReturnValues other than NONE or ALL_OLD on PutItem and DeleteItem; confirmed from
    // a DynamoDB response quoted in an application's comment ("We had tried to make use of ReturnValues ... but
    // got the error from AWS 'ReturnValues can only be ALL_OLD or NONE'") and emulators verified against AWS.
    // Checked before the table is looked up, as dynalite's tests (written against DynamoDB) expect.
    static final String RETURN_VALUES_PUT_DELETE = "ReturnValues can only be ALL_OLD or NONE";

    private Conditions() {}

    static void requireNoneOrAllOld(ReturnValue returnValues) {
        if (returnValues != ReturnValue.NONE && returnValues != ReturnValue.ALL_OLD) {
            throw new ValidationException(RETURN_VALUES_PUT_DELETE);
        }
    }

    /** Checks the condition (if any) against the current item (null when missing). */
    static void check(Condition condition, Map<String, Value> old, ReturnValuesOnConditionCheckFailure onFailure) {
        if (condition != null && !ConditionEvaluator.test(condition, old == null ? Map.of() : old)) {
            throw new ConditionalCheckFailedException(
                    onFailure == ReturnValuesOnConditionCheckFailure.ALL_OLD ? old : null);
        }
    }
}
