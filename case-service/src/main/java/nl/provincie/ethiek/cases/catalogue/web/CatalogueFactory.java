package nl.provincie.ethiek.cases.catalogue.web;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.serde.annotation.SerdeImport;
import jakarta.inject.Singleton;
import nl.provincie.ethiek.cases.catalogue.AiActTree;
import nl.provincie.ethiek.cases.catalogue.Catalogue;
import nl.provincie.ethiek.cases.catalogue.CatalogueLoader;
import nl.provincie.ethiek.cases.catalogue.MaturityModel;

/** Loads the catalogue once, at start-up: a broken catalogue stops the service from starting. */
@Factory
@SerdeImport(Catalogue.class)
@SerdeImport(Catalogue.Instrument.class)
@SerdeImport(Catalogue.Step.class)
@SerdeImport(Catalogue.ValueFramework.class)
@SerdeImport(Catalogue.Foundation.class)
@SerdeImport(Catalogue.Value.class)
@SerdeImport(AiActTree.class)
@SerdeImport(AiActTree.Question.class)
@SerdeImport(AiActTree.Option.class)
@SerdeImport(AiActTree.Redirect.class)
@SerdeImport(MaturityModel.class)
@SerdeImport(MaturityModel.Dimension.class)
@SerdeImport(MaturityModel.Question.class)
class CatalogueFactory {

  @Singleton
  @io.micronaut.context.annotation.Context
  Catalogue catalogue(@Value("${cases.catalogue.root:catalogue}") String root) {
    return new CatalogueLoader(root).load();
  }
}
