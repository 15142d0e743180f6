package io.dynantic.it;

import io.dynantic.testing.LocalDynamoDb;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** SDK clients of the test backend that show every request to an interceptor; the caller closes them. */
final class InterceptedClients {
    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));

    private InterceptedClients() {}

    static DynamoDbClient sync(LocalDynamoDb db, ExecutionInterceptor interceptor) {
        return build(DynamoDbClient.builder(), db, interceptor);
    }

    static DynamoDbAsyncClient async(LocalDynamoDb db, ExecutionInterceptor interceptor) {
        return build(DynamoDbAsyncClient.builder(), db, interceptor);
    }

    private static <B extends AwsClientBuilder<B, C>, C> C build(
            B builder, LocalDynamoDb db, ExecutionInterceptor interceptor) {
        return builder.endpointOverride(db.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(CREDENTIALS)
                .overrideConfiguration(c -> c.addExecutionInterceptor(interceptor))
                .build();
    }
}
