package io.dynantic.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dynantic.Dynantic;
import io.dynantic.InvalidCursorException;
import io.dynantic.ItemNotFoundException;
import io.dynantic.ItemValidationException;
import io.dynantic.Page;
import io.dynantic.TooManyItemsException;
import io.dynantic.it.model.Address;
import io.dynantic.it.model.Address_;
import io.dynantic.it.model.Event;
import io.dynantic.it.model.Event_;
import io.dynantic.it.model.Shelf;
import io.dynantic.it.model.User;
import io.dynantic.it.model.UserStatus;
import io.dynantic.it.model.User_;
import io.dynantic.it.twin.Items;
import io.dynantic.it.twin.Mode;
import io.dynantic.it.twin.Reads;
import io.dynantic.testing.DynamoTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Queries over 30 items of one partition, read in small pages so that every read spans several. */
@DynamoTest(models = {Event.class, User.class, Shelf.class})
@ParameterizedClass
@EnumSource(Mode.class)
class QueryTest {
    @Parameter
    Mode mode;

    private static final Instant BASE = Instant.parse("2024-01-01T00:00:00Z");
    private static final int ITEMS = 30;

    private Items<Event> events;
    private String stream;

    @BeforeEach
    void setUp(Dynantic dyn) {
        events = mode.items(dyn, Event.class);
        stream = "s-" + UUID.randomUUID();
        for (int i = 0; i < ITEMS; i++) {
            events.save(new Event(
                    stream, at(i), i % 2 == 0 ? "even-" + stream : "odd-" + stream, i, String.format("L%02d", i), i));
        }
    }

    private static Instant at(int i) {
        return BASE.plusSeconds(60L * i);
    }

    private static List<Long> seqs(List<Event> list) {
        return list.stream().map(Event::seq).toList();
    }

    private static List<Long> range(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }

    private Reads<Event> query() {
        return events.query(stream).pageSize(4);
    }

    @Test
    void aPartitionComesBackInSortKeyOrder() {
        assertThat(seqs(query().list())).isEqualTo(range(0, 29));
        assertThat(seqs(query().descending().list()))
                .isEqualTo(
                        LongStream.iterate(29, i -> i >= 0, i -> i - 1).boxed().toList());
    }

    @Test
    void sortKeyConditionsOnAnInstantSortKey() {
        assertThat(seqs(query().eq(at(5)).list())).containsExactly(5L);
        assertThat(seqs(query().lt(at(3)).list())).isEqualTo(range(0, 2));
        assertThat(seqs(query().le(at(3)).list())).isEqualTo(range(0, 3));
        assertThat(seqs(query().gt(at(27)).list())).isEqualTo(range(28, 29));
        assertThat(seqs(query().ge(at(27)).list())).isEqualTo(range(27, 29));
        assertThat(seqs(query().between(at(10), at(12)).list())).isEqualTo(range(10, 12));
        assertThat(seqs(query().beginsWith("2024-01-01T00:0").list())).isEqualTo(range(0, 9));
    }

    @Test
    void aSecondSortKeyConditionReplacesTheFirst() {
        assertThat(seqs(query().lt(at(3)).gt(at(27)).list())).isEqualTo(range(28, 29));
    }

    @Test
    void sortKeyValuesOfTheWrongTypeAreRefusedBeforeSending() {
        assertThatThrownBy(() -> query().gt("yesterday").list())
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("Event.at: a key value of type String was given, but the field is Instant");
        assertThatThrownBy(() -> events.index("by-kind")
                        .query("even-" + stream)
                        .beginsWith(1L)
                        .list())
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("Event.seq: beginsWith needs a string or binary sort key, but this one is a number");
    }

    @Test
    void globalIndexQueryWithANumberSortKey() {
        var byKind = events.index("by-kind");
        assertThat(byKind.global()).isTrue();
        assertThat(seqs(byKind.query("even-" + stream).pageSize(3).gt(20).list()))
                .containsExactly(22L, 24L, 26L, 28L);
        assertThat(seqs(byKind.query("odd-" + stream)
                        .pageSize(3)
                        .descending()
                        .limit(2)
                        .list()))
                .containsExactly(29L, 27L);
        assertThatThrownBy(() -> byKind.query("odd-" + stream).consistentRead())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("by-kind is a global secondary index: DynamoDB reads global indexes only eventually"
                        + " consistently");
    }

    @Test
    void localIndexQueryWithBeginsWithAndConsistentRead() {
        var byLabel = events.index("by-label");
        assertThat(byLabel.global()).isFalse();
        assertThat(seqs(byLabel.query(stream)
                        .beginsWith("L1")
                        .pageSize(3)
                        .consistentRead()
                        .list()))
                .isEqualTo(range(10, 19));
    }

    @Test
    void anIndexTheModelDoesNotDeclareIsRefused() {
        assertThatThrownBy(() -> events.index("by-size"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Event declares no index \"by-size\"; its indexes: [by-kind, by-label]");
    }

    @Test
    void filterAndLimitReturnExactlyTheFirstMatches() {
        assertThat(seqs(query().filter(Event_.size.ge(10)).limit(5).list())).isEqualTo(range(10, 14));
        assertThat(seqs(query().filter(Event_.size.ge(10))
                        .filter(Event_.size.lt(13))
                        .list()))
                .isEqualTo(range(10, 12));
        assertThat(seqs(events.query(stream)
                        .filter(Event_.size.ge(25))
                        .limit(100)
                        .list()))
                .isEqualTo(range(25, 29));
    }

    @Test
    void firstLeavesTheBuilderAsItWas() {
        Reads<Event> q = query().limit(3);
        assertThat(q.first().map(Event::seq)).contains(0L);
        assertThat(seqs(q.list())).isEqualTo(range(0, 2));
        assertThat(events.query("nobody").first()).isEmpty();
    }

    @Test
    void oneWantsExactlyOneMatch() {
        assertThat(query().eq(at(4)).one().seq()).isEqualTo(4L);
        assertThatThrownBy(() -> query().gt(at(40)).one())
                .isInstanceOf(ItemNotFoundException.class)
                .hasMessage("no item on table " + events.tableName() + " matches");
        assertThatThrownBy(() -> query().lt(at(2)).one())
                .isInstanceOf(TooManyItemsException.class)
                .hasMessage("more than one item on table " + events.tableName() + " matches");
    }

    @Test
    void countIsDoneByDynamoOverAllPages() {
        assertThat(query().count()).isEqualTo(ITEMS);
        assertThat(query().filter(Event_.size.ge(10)).count()).isEqualTo(20);
        assertThat(query().between(at(0), at(9)).count()).isEqualTo(10);
    }

    @Test
    void valuesProjectAttributes() {
        assertThat(query().limit(3).values(Event_.size)).containsExactly(0, 1, 2);
        assertThat(query().gt(at(27)).values(Event_.label, Event_.seq))
                .containsExactly(Map.of("label", "L28", "seq", 28L), Map.of("label", "L29", "seq", 29L));
        assertThatThrownBy(() -> query().values(Event_.label, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("attribute");
    }

    @Test
    void valuesOfRenamedAndNestedAttributes(Dynantic dyn) {
        Items<User> users = mode.items(dyn, User.class);
        for (int i = 0; i < 3; i++) {
            users.save(new User(
                    stream,
                    "u" + i + "@b.c",
                    "User " + i,
                    UserStatus.ACTIVE,
                    null,
                    null,
                    Set.of(),
                    i == 1 ? null : new Address("street", "City " + i, null, Set.of()),
                    List.of(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    10 + i));
        }
        assertThat(users.query(stream).values(User_.loginCount)).containsExactly(10, 11, 12);
        assertThat(users.query(stream).values(User_.address.then(Address_.city)))
                .containsExactly("City 0", null, "City 2");
        assertThat(users.query(stream).values(User_.loginCount, User_.address.then(Address_.city)))
                .containsExactly(
                        Map.of("login_count", 10, "address.city", "City 0"),
                        Map.of("login_count", 11),
                        Map.of("login_count", 12, "address.city", "City 2"));
    }

    @Test
    void pagesWithCursorsCoverEverythingOnce() {
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Page<Event> page = query().page(7, cursor);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(7);
            seen.addAll(seqs(page.items()));
            cursor = page.cursor();
            assertThat(page.hasMore()).isEqualTo(cursor != null);
            if (cursor != null) {
                assertThat(cursor).matches("[A-Za-z0-9_-]+");
            }
            pages++;
        } while (cursor != null);
        assertThat(seen).isEqualTo(range(0, 29));
        assertThat(pages).isBetween(5, 6);
    }

    @Test
    void pagesWithAFilterStillHoldTheirSize() {
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        do {
            Page<Event> page = query().filter(Event_.size.ge(3)).page(4, cursor);
            if (page.hasMore()) {
                assertThat(page.items()).hasSize(4);
            }
            seen.addAll(seqs(page.items()));
            cursor = page.cursor();
        } while (cursor != null);
        assertThat(seen).isEqualTo(range(3, 29));
    }

    @Test
    void aPageAsLargeAsAnIntIsFilledAsItemsCome() {
        // Nothing is allocated for the size asked for: a size from a request parameter cannot exhaust the heap.
        assertThat(query().page(Integer.MAX_VALUE, null).items()).hasSize(30);
    }

    @Test
    void sortKeyConditionsOfAConvertedKeyAreEncodedAsItsValues(Dynantic dyn) {
        Items<Shelf> shelves = mode.items(dyn, Shelf.class);
        String aisle = UUID.randomUUID().toString();
        shelves.save(new Shelf(aisle, "abc"));
        shelves.save(new Shelf(aisle, "abd"));
        shelves.save(new Shelf(aisle, "b"));
        // Stored upper-cased, read lower-cased: the prefix is upper-cased as the values are.
        assertThat(shelves.query(aisle).eq("abc").list()).containsExactly(new Shelf(aisle, "abc"));
        assertThat(shelves.query(aisle).beginsWith("ab").list())
                .containsExactly(new Shelf(aisle, "abc"), new Shelf(aisle, "abd"));
    }

    @Test
    void requestsDynamoDbRefusesAreRefusedBeforeSending(Dynantic dyn) {
        Items<User> users = mode.items(dyn, User.class);
        assertThatThrownBy(
                        () -> events.query(stream).filter(Event_.at.gt(at(3))).list())
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("Event.at: a query's filter cannot use a key attribute of what it reads; DynamoDB refuses"
                        + " it (use a sort-key condition instead)");
        assertThatThrownBy(() -> events.index("by-label")
                        .query(stream)
                        .filter(Event_.label.eq("L03"))
                        .list())
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("Event.label: a query's filter cannot use a key attribute of what it reads; DynamoDB"
                        + " refuses it (use a sort-key condition instead)");
        // An index's key is an attribute like others to a query of the table.
        assertThat(events.query(stream).filter(Event_.label.eq("L03")).list())
                .extracting(Event::seq)
                .containsExactly(3L);
        assertThatThrownBy(() -> users.query("u").values(User_.history, User_.history.index(0), User_.name))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("User.history[0]: overlaps history in one read; DynamoDB reads each attribute path once");
        assertThatThrownBy(() -> users.query("u").values(User_.name, User_.name))
                .isInstanceOf(ItemValidationException.class)
                .hasMessage("User.name: is read twice in one read; DynamoDB reads each attribute path once");
    }

    @Test
    void cursorsFromElsewhereOrAlteredAreRefused() {
        String cursor = query().page(5, null).cursor();
        assertThat(query().page(5, cursor).items().get(0).seq()).isEqualTo(5L);
        String where = "not a cursor of table " + events.tableName() + " index by-label: ";
        assertThatThrownBy(() -> events.index("by-label").query(stream).page(5, cursor))
                .isInstanceOf(InvalidCursorException.class)
                .hasMessage(
                        where + "it was made for another read (table, index, query or scan, order), or it was altered");
        char flipped = cursor.charAt(10) == 'A' ? 'B' : 'A';
        String altered = cursor.substring(0, 10) + flipped + cursor.substring(11);
        String table = "not a cursor of table " + events.tableName() + ": ";
        assertThatThrownBy(() -> query().page(5, altered))
                .isInstanceOf(InvalidCursorException.class)
                .hasMessage(
                        table + "it was made for another read (table, index, query or scan, order), or it was altered");
        assertThatThrownBy(() -> query().page(5, cursor.substring(0, cursor.length() - 4)))
                .isInstanceOf(InvalidCursorException.class)
                .hasMessage(
                        table + "it was made for another read (table, index, query or scan, order), or it was altered");
        assertThatThrownBy(() -> query().page(5, "abc"))
                .isInstanceOf(InvalidCursorException.class)
                .hasMessage(table + "it is too short");
        assertThatThrownBy(() -> query().page(5, "not base64!"))
                .isInstanceOf(InvalidCursorException.class)
                .hasMessage(table + "it is not URL-safe base64");
        // A cursor of the format before cursors named their kind of read.
        byte[] raw = Base64.getUrlDecoder().decode(cursor);
        raw[0] = 1;
        String older = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        assertThatThrownBy(() -> query().page(5, older))
                .isInstanceOf(InvalidCursorException.class)
                .hasMessage(table + "it was made by another version of Dynantic; start the read again");
        // A cursor of the same table read otherwise would repeat or skip items.
        String backwards = query().descending().page(5, null).cursor();
        assertThatThrownBy(() -> query().page(5, backwards))
                .isInstanceOf(InvalidCursorException.class)
                .hasMessage(table + "it was made for another read (table, index, query or scan, order), or it was"
                        + " altered");
        assertThatThrownBy(() -> events.scan().page(5, cursor))
                .isInstanceOf(InvalidCursorException.class)
                .hasMessage(table + "it was made for another read (table, index, query or scan, order), or it was"
                        + " altered");
        assertThat(query().descending().page(5, backwards).items()).isNotEmpty();
        // A cursor from another partition's query would start outside this one (DynamoDB refuses it too).
        assertThatThrownBy(() -> events.query("s-other").page(5, cursor))
                .isInstanceOf(InvalidCursorException.class)
                .hasMessage(table + "it was made for another partition");
    }

    @Test
    void scansWithFilterLimitAndIndexes() {
        var mine = Event_.stream.eq(stream);
        assertThat(events.scan().filter(mine).pageSize(40).list()).hasSize(ITEMS);
        assertThat(events.scan()
                        .filter(mine)
                        .filter(Event_.size.lt(3))
                        .pageSize(40)
                        .limit(2)
                        .list())
                .hasSize(2);
        assertThat(events.scan().filter(mine).pageSize(40).count()).isEqualTo(ITEMS);
        assertThat(events.index("by-kind").scan().filter(mine).pageSize(40).list())
                .hasSize(ITEMS)
                .allMatch(e -> e.kind().startsWith("even-") == (e.seq() % 2 == 0));
        assertThat(events.scan().filter(mine).filter(Event_.seq.eq(3L)).values(Event_.label))
                .containsExactly("L03");

        Set<Long> paged = new HashSet<>();
        String cursor = null;
        do {
            Page<Event> page = events.scan().filter(mine).pageSize(40).page(6, cursor);
            page.items().forEach(e -> assertThat(paged.add(e.seq())).isTrue());
            cursor = page.cursor();
        } while (cursor != null);
        assertThat(paged).hasSize(ITEMS);
    }

    @Test
    void parallelScanYieldsEveryItemExactlyOnce() {
        List<String> plain = events.scan().pageSize(100).stream()
                .map(e -> e.stream() + e.at())
                .toList();
        List<String> parallel = events.scan().segments(4).pageSize(100).stream()
                .map(e -> e.stream() + e.at())
                .toList();
        assertThat(parallel).hasSameSizeAs(plain).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(plain);
        assertThat(events.scan().segments(3).count()).isEqualTo(plain.size());
        assertThat(events.scan().segments(4).filter(Event_.stream.eq(stream)).list())
                .hasSize(ITEMS);
    }
}
