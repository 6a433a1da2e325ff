package nl.provincie.ethiek.register.algorithm;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Limits follow the national standard's delivery API (name 100, organisation 100, short 400). */
@Serdeable
record NewAlgorithmEntry(
    @NotBlank @Size(max = 100) String name,
    @NotBlank @Size(max = 100) String organisation,
    @NotBlank @Size(max = 400) String description) {}
