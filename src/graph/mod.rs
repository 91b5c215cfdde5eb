//! Mapping extracted facts to RDF: one named graph per article, vocabulary from [`vocab`].
//! Knows nothing of the store.

pub mod map;
pub mod vocab;

pub use map::{article_iri, article_quads, country_quads};
