package io.dynantic.benchmarks;

import io.dynantic.annotation.DynamoTable;
import io.dynantic.annotation.PartitionKey;
import io.dynantic.annotation.SortKey;
import io.dynantic.annotation.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The same realistic 12-attribute user, as a Dynantic record, an Enhanced Client bean and by hand. */
public final class Models {
    private Models() {}

    public enum Status {
        ACTIVE,
        SUSPENDED
    }

    public record Address(String street, String city, String zip) {}

    @DynamoTable("users")
    public record User(
            @PartitionKey String userId,
            @SortKey String email,
            String name,
            Status status,
            Instant createdAt,
            BigDecimal balance,
            int loginCount,
            boolean active,
            Set<String> tags,
            double score,
            @Version Long version,
            Address address) {}

    static User user() {
        return new User(
                "user-0001",
                "ada@example.com",
                "Ada Lovelace",
                Status.ACTIVE,
                Instant.parse("2024-03-01T12:34:56.789Z"),
                new BigDecimal("1234.56"),
                42,
                true,
                Set.of("admin", "beta"),
                98.6,
                7L,
                new Address("12 Main St", "London", "N1 9GU"));
    }

    /** The hand-written floor: builder-free SDK factories, no reflection. */
    static Map<String, AttributeValue> toItem(User u) {
        Map<String, AttributeValue> item = new HashMap<>(18);
        item.put("userId", AttributeValue.createS(u.userId()));
        item.put("email", AttributeValue.createS(u.email()));
        item.put("name", AttributeValue.createS(u.name()));
        item.put("status", AttributeValue.createS(u.status().name()));
        item.put("createdAt", AttributeValue.createS(u.createdAt().toString()));
        item.put("balance", AttributeValue.createN(u.balance().toString()));
        item.put("loginCount", AttributeValue.createN(Integer.toString(u.loginCount())));
        item.put("active", AttributeValue.createBool(u.active()));
        item.put("tags", AttributeValue.createSs(List.copyOf(u.tags())));
        item.put("score", AttributeValue.createN(Double.toString(u.score())));
        item.put("version", AttributeValue.createN(Long.toString(u.version())));
        Address a = u.address();
        Map<String, AttributeValue> address = new HashMap<>(4);
        address.put("street", AttributeValue.createS(a.street()));
        address.put("city", AttributeValue.createS(a.city()));
        address.put("zip", AttributeValue.createS(a.zip()));
        item.put("address", AttributeValue.createM(address));
        return item;
    }

    static User fromItem(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> a = item.get("address").m();
        return new User(
                item.get("userId").s(),
                item.get("email").s(),
                item.get("name").s(),
                Status.valueOf(item.get("status").s()),
                Instant.parse(item.get("createdAt").s()),
                new BigDecimal(item.get("balance").n()),
                Integer.parseInt(item.get("loginCount").n()),
                item.get("active").bool(),
                Set.copyOf(item.get("tags").ss()),
                Double.parseDouble(item.get("score").n()),
                Long.parseLong(item.get("version").n()),
                new Address(a.get("street").s(), a.get("city").s(), a.get("zip").s()));
    }

    /** The Enhanced Client's model: a mutable bean, since its bean schema does not take records. */
    @DynamoDbBean
    public static class UserBean {
        private String userId;
        private String email;
        private String name;
        private Status status;
        private Instant createdAt;
        private BigDecimal balance;
        private int loginCount;
        private boolean active;
        private Set<String> tags;
        private double score;
        private Long version;
        private AddressBean address;

        static UserBean from(User u) {
            UserBean b = new UserBean();
            b.userId = u.userId();
            b.email = u.email();
            b.name = u.name();
            b.status = u.status();
            b.createdAt = u.createdAt();
            b.balance = u.balance();
            b.loginCount = u.loginCount();
            b.active = u.active();
            b.tags = u.tags();
            b.score = u.score();
            b.version = u.version();
            AddressBean a = new AddressBean();
            a.setStreet(u.address().street());
            a.setCity(u.address().city());
            a.setZip(u.address().zip());
            b.address = a;
            return b;
        }

        @DynamoDbPartitionKey
        public String getUserId() {
            return userId;
        }

        public void setUserId(String userId) {
            this.userId = userId;
        }

        @DynamoDbSortKey
        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Status getStatus() {
            return status;
        }

        public void setStatus(Status status) {
            this.status = status;
        }

        public Instant getCreatedAt() {
            return createdAt;
        }

        public void setCreatedAt(Instant createdAt) {
            this.createdAt = createdAt;
        }

        public BigDecimal getBalance() {
            return balance;
        }

        public void setBalance(BigDecimal balance) {
            this.balance = balance;
        }

        public int getLoginCount() {
            return loginCount;
        }

        public void setLoginCount(int loginCount) {
            this.loginCount = loginCount;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }

        public Set<String> getTags() {
            return tags;
        }

        public void setTags(Set<String> tags) {
            this.tags = tags;
        }

        public double getScore() {
            return score;
        }

        public void setScore(double score) {
            this.score = score;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }

        public AddressBean getAddress() {
            return address;
        }

        public void setAddress(AddressBean address) {
            this.address = address;
        }
    }

    @DynamoDbBean
    public static class AddressBean {
        private String street;
        private String city;
        private String zip;

        public String getStreet() {
            return street;
        }

        public void setStreet(String street) {
            this.street = street;
        }

        public String getCity() {
            return city;
        }

        public void setCity(String city) {
            this.city = city;
        }

        public String getZip() {
            return zip;
        }

        public void setZip(String zip) {
            this.zip = zip;
        }
    }
}
