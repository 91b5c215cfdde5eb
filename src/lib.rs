//! newsgraph: turns news articles about international disputes into an RDF knowledge graph.
//!
//! The pipeline reads top-down: [`article`] reads and decodes files, [`text`] segments them,
//! [`extract`] finds mentions, resolves entities and finds events (pure: text in, facts out),
//! [`graph`] maps facts to RDF quads, [`store`] writes them to an on-disk Oxigraph store, and
//! [`ingest`] runs the whole path in parallel batches. [`query`] holds the saved SPARQL queries
//! and result formatting.

pub mod article;
pub mod eval;
pub mod extract;
#[cfg(feature = "store")]
pub mod graph;
#[cfg(feature = "store")]
pub mod ingest;
pub mod lexicon;
#[cfg(feature = "store")]
pub mod query;
#[cfg(feature = "store")]
pub mod store;
pub mod text;

pub use article::Article;
pub use extract::{extract, Extraction};
pub use lexicon::Lexicon;
