package cn.kaohe.indicators.evidence;

import cn.kaohe.defaults.idempotency.Idempotency;
import cn.kaohe.defaults.idempotency.IdempotencyKey;
import cn.kaohe.defaults.idempotency.IdempotentRequest;
import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.defaults.security.Caller;
import cn.kaohe.defaults.transactions.Transactions;
import cn.kaohe.indicators.audit.AuditLog;
import cn.kaohe.indicators.audit.Change;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.FilePartEvent;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Signal;

/**
 * Receives one evidence file from a multipart request as it streams: the {@link UploadInspector} checks
 * size and type on the way, the {@link EvidenceStore} keeps the bytes, and the metadata and its audit row
 * are written in the same transaction, so a refused upload leaves nothing behind.
 */
@Component
class EvidenceUploads {

    /** What an upload is attached to. */
    record Owner(String kind, UUID id, String cycle, String unit) {
    }

    /** The multipart envelope around the file: boundaries and part headers. */
    private static final long ENVELOPE_BYTES = 64 * 1024;

    private record Received(String fileName, UploadInspector.Inspected inspected) {
    }

    private final long limit;
    private final EvidenceStore store;
    private final EvidenceRepository evidence;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final TransactionalOperator transaction;

    EvidenceUploads(@Value("${kaohe.evidence.max-size:20MB}") DataSize limit, EvidenceStore store,
                    EvidenceRepository evidence, AuditLog audit, Idempotency idempotency,
                    TransactionalOperator transaction) {
        this.limit = limit.toBytes();
        this.store = store;
        this.evidence = evidence;
        this.audit = audit;
        this.idempotency = idempotency;
        this.transaction = transaction;
    }

    /**
     * A request whose declared length is beyond what is worth reading to the end is refused unread (its
     * client may then see the connection close rather than the answer).
     */
    boolean declaredTooLarge(long contentLength) {
        return contentLength > swallowLimit();
    }

    ProblemException tooLarge() {
        return problem(new UploadInspector.Refused(UploadInspector.Why.TOO_LARGE,
                "文件超过 " + limit / (1024 * 1024) + " MB / the file exceeds " + limit + " bytes"));
    }

    /**
     * Streams the file in and stores it with its metadata and audit row, all in one transaction. An
     * {@code Idempotency-Key} is matched on the file's name and SHA-256, known only once it has streamed in: a
     * repeat answers the first upload and drops its own copy, another file under the same key is a 422.
     */
    Mono<Evidence> receive(Owner owner, Flux<PartEvent> parts, Caller caller, ServerWebExchange exchange) {
        IdempotencyKey.ofHeader(exchange.getRequest().getHeaders().getFirst(IdempotencyKey.HEADER));
        UUID id = UUID.randomUUID();
        Request request = new Request();
        Mono<Evidence> stored = parts.windowUntil(PartEvent::isLast)
                .concatMap(part -> part.switchOnFirst((first, events) -> receivePart(first, events, id, request)))
                .collectList()
                .flatMap(files -> {
                    if (request.refusal != null) {
                        return Mono.error(request.refusal);
                    }
                    return files.isEmpty() ? Mono.error(ProblemException.invalid("$.file", "required",
                            "须上传一个文件(字段 file)/ send one file in the part named file")) : Mono.just(files.getFirst());
                })
                .flatMap(received -> {
                    Evidence metadata = new Evidence(id, owner.cycle(), owner.kind(), owner.id(), owner.unit(),
                            received.fileName(), received.inspected().type().mediaType(), received.inspected().size(),
                            received.inspected().sha256(), caller.username(), null);
                    byte[] file = (received.fileName() + "\n" + received.inspected().sha256())
                            .getBytes(StandardCharsets.UTF_8);
                    return idempotency.once(IdempotentRequest.of(exchange, "sub:" + caller.subject(), file),
                                    Evidence.class, () -> evidence.insert(metadata).flatMap(saved -> audit.record(caller,
                                            Change.created("EVIDENCE", saved.id().toString(), saved.cycle(),
                                                    saved.unit(), saved)).thenReturn(saved)))
                            .flatMap(answer -> answer.id().equals(id) ? Mono.just(answer)
                                    : store.discard(id).thenReturn(answer));
                });
        return Transactions.toTheEnd(transaction.transactional(stored))
                .onErrorMap(UploadInspector.Refused.class, EvidenceUploads::problem);
    }

    /**
     * The state of one upload request. A refused request is still read to its end (up to the swallow limit),
     * its bytes dropped: answering before the client has sent everything makes the connection reset, and the
     * client would never see why.
     */
    private final class Request {
        boolean fileSeen;
        RuntimeException refusal;
        long swallowed;

        void refuse(RuntimeException why) {
            if (refusal == null) {
                refusal = why;
            }
        }

        /** Drops a refused request's bytes, giving up on a client that sends far more than allowed. */
        void swallow(DataBuffer buffer) {
            swallowed += buffer.readableByteCount();
            DataBufferUtils.release(buffer);
            if (swallowed > swallowLimit()) {
                throw refusal;
            }
        }
    }

    private long swallowLimit() {
        return 2 * limit + ENVELOPE_BYTES;
    }

    private Flux<Received> receivePart(Signal<? extends PartEvent> first, Flux<PartEvent> events, UUID id,
                                       Request request) {
        if (!first.hasValue()) {
            return Flux.empty();
        }
        PartEvent head = first.get();
        if (request.refusal == null) {
            request.refuse(refusalOf(head, request));
        }
        if (request.refusal != null) {
            return events.doOnNext(event -> request.swallow(event.content())).thenMany(Flux.empty());
        }
        String fileName = FileNames.clean(((FilePartEvent) head).filename());
        MediaType declared = head.headers().getContentType();
        UploadInspector inspector;
        try {
            inspector = new UploadInspector(limit, fileName, declared == null ? null : declared.toString());
        } catch (UploadInspector.Refused refused) {
            request.refuse(refused);
            return events.doOnNext(event -> request.swallow(event.content())).thenMany(Flux.empty());
        }
        Flux<byte[]> bytes = events.handle((event, sink) -> {
            if (request.refusal != null) {
                request.swallow(event.content());
                return;
            }
            byte[] chunk = copyAndRelease(event.content());
            try {
                inspector.accept(chunk);
                sink.next(chunk);
            } catch (UploadInspector.Refused refused) {
                request.refuse(refused);
            }
        });
        return store.write(id, bytes).then(Mono.fromCallable(() -> {
            if (request.refusal != null) {
                return null;
            }
            try {
                return new Received(fileName, inspector.finish());
            } catch (UploadInspector.Refused refused) {
                request.refuse(refused);
                return null;
            }
        })).flux();
    }

    /** Why a part cannot be taken before any of its bytes are read, or null when it can. */
    private static RuntimeException refusalOf(PartEvent head, Request request) {
        if (!(head instanceof FilePartEvent file) || !"file".equals(head.name())) {
            return ProblemException.invalid("$." + head.name(), "unknown-field",
                    "只接受名为 file 的文件字段 / only a file part named file is accepted");
        }
        if (request.fileSeen) {
            return ProblemException.invalid("$.file", "one-file", "每次只上传一个文件 / one file per upload");
        }
        request.fileSeen = true;
        if (FileNames.clean(file.filename()) == null) {
            return ProblemException.invalid("$.file", "invalid-file-name",
                    "文件名缺失或无效(最长 255 字)/ missing or invalid file name (at most 255 characters)");
        }
        return null;
    }

    private static byte[] copyAndRelease(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(buffer);
        }
    }

    private static ProblemException problem(UploadInspector.Refused refused) {
        return switch (refused.why()) {
            case TOO_LARGE -> new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", refused.getMessage(),
                    List.of(new FieldViolation("$.file", "too-large", refused.getMessage())), null);
            case UNSUPPORTED_TYPE, CONTENT_MISMATCH -> new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "unsupported-media-type", refused.getMessage(), List.of(new FieldViolation("$.file",
                            refused.why() == UploadInspector.Why.UNSUPPORTED_TYPE ? "unsupported-type" : "content-mismatch",
                            refused.getMessage())), Map.of("accepted", List.of("pdf", "jpg", "png", "docx", "xlsx", "ofd")));
            case EMPTY -> ProblemException.invalid("$.file", "empty", refused.getMessage());
        };
    }
}
