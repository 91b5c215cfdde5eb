//! Mapping extracted facts to RDF: one named graph per article, vocabulary from [`vocab`].
//! Knows nothing of the store.

pub mod map;
pub mod vocab;

pub use map::{article_iri, map_article, ArticleGraph};
