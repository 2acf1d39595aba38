// Package corpus is Diptych's shared vocabulary: the article and entity data
// model that the build pipeline produces and the browser app consumes, and
// (in sub-packages) the text analysis and index format both sides must agree on.
//
// It is not for parsing raw files (that is build/ingest), extracting entities
// (build/ner) or answering queries (app/search): it only describes what those
// stages exchange.
package corpus
