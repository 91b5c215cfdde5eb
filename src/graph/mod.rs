//! Mapping extracted facts to RDF: one named graph per article, vocabulary from [`vocab`].
//! Knows nothing of the store.

pub mod map;
pub mod vocab;

pub use map::{article_iri, map_article, ArticleGraph};

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::IriParseError;

/// A serializer for `format` that writes newsgraph's readable prefixes (`ng:`, `schema:`, ...).
pub fn serializer(format: RdfFormat) -> Result<RdfSerializer, IriParseError> {
    vocab::PREFIXES.iter().try_fold(RdfSerializer::from_format(format), |s, (prefix, iri)| s.with_prefix(*prefix, *iri))
}
