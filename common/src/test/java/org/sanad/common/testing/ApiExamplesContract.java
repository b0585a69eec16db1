package org.sanad.common.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sanad.common.testing.DocumentedExamples.Example;

/**
 * Every request example a service's document gives is accepted by the running service: copied from
 * the document, it works. Each service runs this by extending it as a {@code @QuarkusTest} and saying
 * how each operation's example is sent: by whom, and with what state made first where the example can
 * only name it (ids, codes that must be new), put in its place with {@link Example#with}.
 */
public abstract class ApiExamplesContract {

    private DocumentedExamples examples;

    /** Per operation id, what sends its example and checks the answer beyond the 2xx that {@link Example#sendAs} asserts. */
    protected abstract Map<String, Consumer<Example>> senders();

    /** The served document's examples, for a sender that makes its state from another operation's example. */
    protected DocumentedExamples examples() {
        return examples;
    }

    /**
     * One test per documented example. An example nothing sends fails (a new operation's example must be
     * sent too), and so does a sender whose operation has no example any more.
     */
    @TestFactory
    Stream<DynamicTest> everyDocumentedRequestExampleIsAccepted() {
        examples = DocumentedExamples.served();
        Map<String, Consumer<Example>> senders = senders();
        List<Example> documented = examples.documented();
        Set<String> operations = documented.stream().map(Example::operationId).collect(Collectors.toSet());
        DynamicTest noStaleSender = DynamicTest.dynamicTest("every sender has an example to send", () ->
                assertEquals(List.of(), senders.keySet().stream().filter(id -> !operations.contains(id)).sorted().toList(),
                        "senders of operations without a documented example"));
        return Stream.concat(Stream.of(noStaleSender), documented.stream().map(example ->
                DynamicTest.dynamicTest(example.operationId() + " (" + example.mediaType() + ")", () -> {
                    Consumer<Example> sender = senders.get(example.operationId());
                    assertNotNull(sender, "Nothing sends the documented example of " + example.operationId());
                    sender.accept(example);
                })));
    }
}
