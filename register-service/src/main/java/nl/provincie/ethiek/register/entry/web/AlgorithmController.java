package nl.provincie.ethiek.register.entry.web;

import io.micronaut.http.annotation.Controller;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.provincie.ethiek.register.entry.EntryKind;
import nl.provincie.ethiek.register.entry.web.EntryRequests.AlgorithmRequest;

/** The algorithm register: {@link KindController} for algorithms, written as AlgorithmRequest. */
@Controller("/api/v1/algorithms")
@Tag(name = "Algorithms")
class AlgorithmController extends KindController<AlgorithmRequest> {

  AlgorithmController(EntryReads reads, EntryWrites writes) {
    super(EntryKind.ALGORITHM, "/api/v1/algorithms", EntryForm::of, reads, writes);
  }
}
