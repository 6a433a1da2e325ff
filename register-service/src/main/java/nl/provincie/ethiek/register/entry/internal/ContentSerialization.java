package nl.provincie.ethiek.register.entry.internal;

import io.micronaut.serde.annotation.SerdeImport;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import nl.provincie.ethiek.register.entry.AlgorithmFields;
import nl.provincie.ethiek.register.entry.CaseAssessment;
import nl.provincie.ethiek.register.entry.EntryContent;
import nl.provincie.ethiek.register.entry.InternalFields;
import nl.provincie.ethiek.register.entry.LinkItem;
import nl.provincie.ethiek.register.entry.PlatformFields;

/**
 * The JSON shape of an entry's content as the database stores it (and as the demo data's seed file
 * holds platforms): the domain records under the standard's snake_case names (docs/adr/0047). The
 * records stay plain Java; the naming comes from the mix-in. The HTTP API has its own records,
 * {@code entry.web.ContentBodies} (docs/adr/0063).
 */
@SerdeImport(value = EntryContent.class, mixin = ContentSerialization.SnakeCase.class)
@SerdeImport(value = AlgorithmFields.class, mixin = ContentSerialization.SnakeCase.class)
@SerdeImport(value = PlatformFields.class, mixin = ContentSerialization.SnakeCase.class)
@SerdeImport(
    value = PlatformFields.PlatformAssessment.class,
    mixin = ContentSerialization.SnakeCase.class)
@SerdeImport(value = PlatformFields.ValueScore.class, mixin = ContentSerialization.SnakeCase.class)
@SerdeImport(value = InternalFields.class, mixin = ContentSerialization.SnakeCase.class)
@SerdeImport(value = CaseAssessment.class, mixin = ContentSerialization.SnakeCase.class)
@SerdeImport(LinkItem.class)
final class ContentSerialization {

  private ContentSerialization() {}

  @Serdeable(naming = SnakeCaseStrategy.class)
  interface SnakeCase {}
}
