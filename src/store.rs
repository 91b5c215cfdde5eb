//! The on-disk graph: the only module that touches Oxigraph's store.

use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use oxigraph::io::RdfFormat;
use oxigraph::model::{Literal, NamedNode, Quad, Term, TripleRef};
use oxigraph::sparql::{CancellationToken, QueryResults, SparqlEvaluator, Variable};
use oxigraph::store::{BulkLoader, StorageError, Store};

use crate::graph::vocab;

/// Why the store could not do what was asked.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Another process holds the store open for writing.
    #[error("store {path} is in use by another newsgraph process (it holds the lock); wait for it to finish or use another --store")]
    Locked { path: PathBuf },
    /// The store could not be opened.
    #[error("cannot open store {path}: {message}")]
    Open { path: PathBuf, message: String },
    /// Reading or writing failed (a full disk, a read-only file system, a damaged file).
    #[error("store {path}: {cause}")]
    Storage { path: PathBuf, cause: StorageError },
    /// The SPARQL query is not valid.
    #[error("invalid SPARQL query: {0}")]
    Syntax(#[from] oxigraph::sparql::SparqlSyntaxError),
    /// The query failed or was cancelled.
    #[error("query failed: {0}")]
    Evaluation(#[from] oxigraph::sparql::QueryEvaluationError),
    /// Writing an export failed.
    #[error("export failed: {0}")]
    Export(#[from] std::io::Error),
}

/// One article's quads ready to be written, replacing any earlier version of the article.
#[derive(Debug, Clone)]
pub struct ArticleWrite {
    /// The article's graph name.
    pub graph: NamedNode,
    /// Whether an earlier version is in the store and must be removed first.
    pub replaces: bool,
    /// The article's quads (all in `graph`).
    pub quads: Vec<Quad>,
    /// Shared entity descriptions, which may already be present.
    pub shared: Vec<Quad>,
}

/// An Oxigraph store on disk.
pub struct GraphStore {
    store: Store,
    path: PathBuf,
}

/// Removes the bulk loader's files left by an ingest that was killed before it committed.
/// Only a process holding the store's lock writes them, so once the lock is ours any that
/// remain are orphans; a file that cannot be removed is left for the next open.
fn remove_orphaned_bulk_files(path: &Path) {
    let Ok(entries) = std::fs::read_dir(path) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with("bulk-") && name.ends_with(".sst") {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

fn is_lock_error(message: &str) -> bool {
    let m = message.to_lowercase();
    m.contains("lock") && (m.contains("resource temporarily unavailable") || m.contains("lock file") || m.contains("no locks available"))
}

impl GraphStore {
    /// Opens (creating when missing) the store at `path` for reading and writing.
    pub fn open(path: &Path) -> Result<GraphStore, StoreError> {
        if let Err(e) = std::fs::create_dir_all(path) {
            return Err(StoreError::Open { path: path.to_owned(), message: e.to_string() });
        }
        match Store::open(path) {
            Ok(store) => {
                remove_orphaned_bulk_files(path);
                Ok(GraphStore { store, path: path.to_owned() })
            }
            Err(e) => Err(Self::open_error(path, e)),
        }
    }

    /// Opens an existing store at `path` for reading only (queries, export, stats).
    pub fn open_read_only(path: &Path) -> Result<GraphStore, StoreError> {
        if !path.join("CURRENT").exists() {
            return Err(StoreError::Open {
                path: path.to_owned(),
                message: "no store here (run `newsgraph ingest` first, or pass --store)".to_owned(),
            });
        }
        match Store::open_read_only(path) {
            Ok(store) => Ok(GraphStore { store, path: path.to_owned() }),
            Err(first) => {
                // A store whose creation was interrupted (a killed first ingest) lacks the
                // metadata a read-only open expects; opening it for writing once completes it.
                if let Ok(store) = Store::open(path) {
                    drop(store);
                    if let Ok(store) = Store::open_read_only(path) {
                        return Ok(GraphStore { store, path: path.to_owned() });
                    }
                }
                Err(Self::open_error(path, first))
            }
        }
    }

    fn open_error(path: &Path, e: StorageError) -> StoreError {
        let message = e.to_string();
        if is_lock_error(&message) {
            StoreError::Locked { path: path.to_owned() }
        } else {
            StoreError::Open { path: path.to_owned(), message }
        }
    }

    fn storage(&self, source: StorageError) -> StoreError {
        StoreError::Storage { path: self.path.clone(), cause: source }
    }

    /// Content hashes of the articles in the store, by graph name.
    pub fn article_hashes(&self) -> Result<HashMap<String, String>, StoreError> {
        let mut out = HashMap::new();
        for quad in self.store.quads_for_pattern(None, Some(vocab::CONTENT_HASH), None, None) {
            let quad = quad.map_err(|e| self.storage(e))?;
            if let Term::Literal(l) = &quad.object {
                out.insert(quad.subject.to_string().trim_matches(['<', '>']).to_owned(), l.value().to_owned());
            }
        }
        Ok(out)
    }

    /// A writer that lands articles in this store, committing new ones every `commit_quads`
    /// quads (see [`BatchWriter`]).
    pub fn batch_writer(&self, commit_quads: usize) -> BatchWriter<'_> {
        BatchWriter { store: self, loader: None, pending: 0, commit_quads, shared_written: HashSet::new() }
    }

    /// Number of quads in the store.
    pub fn len(&self) -> Result<usize, StoreError> {
        self.store.len().map_err(|e| self.storage(e))
    }

    /// Whether the store holds no quads.
    pub fn is_empty(&self) -> Result<bool, StoreError> {
        self.store.is_empty().map_err(|e| self.storage(e))
    }

    /// Runs a SPARQL query over all graphs (the default graph is their union unless the query
    /// names its own dataset), giving up after `timeout` when one is set.
    pub fn query(&self, sparql: &str, timeout: Option<Duration>) -> Result<QueryResults<'static>, StoreError> {
        self.query_with_bindings(sparql, timeout, Vec::new())
    }

    /// Like [`GraphStore::query`], with variables bound to literals before evaluation
    /// (`--bind name=France`).
    pub fn query_with_bindings(
        &self,
        sparql: &str,
        timeout: Option<Duration>,
        bindings: Vec<(Variable, Literal)>,
    ) -> Result<QueryResults<'static>, StoreError> {
        let mut evaluator = SparqlEvaluator::new();
        for (prefix, iri) in vocab::PREFIXES {
            evaluator = evaluator.with_prefix(prefix, iri).map_err(|e| StoreError::Open { path: self.path.clone(), message: e.to_string() })?;
        }
        if let Some(timeout) = timeout {
            let token = CancellationToken::new();
            evaluator = evaluator.with_cancellation_token(token.clone());
            std::thread::spawn(move || {
                std::thread::sleep(timeout);
                token.cancel();
            });
        }
        let mut prepared = evaluator.parse_query(sparql)?;
        if prepared.dataset().is_default_dataset() {
            prepared.dataset_mut().set_default_graph_as_union();
        }
        for (var, value) in bindings {
            prepared = prepared.substitute_variable(var, value);
        }
        Ok(prepared.on_store(&self.store).execute()?)
    }

    /// Writes the whole store in `format`. Graph formats (Turtle, N-Triples, RDF/XML) get
    /// every distinct triple of every graph; dataset formats (N-Quads, TriG) keep one named
    /// graph per article.
    pub fn export(&self, format: RdfFormat, out: impl Write) -> Result<(), StoreError> {
        let mut writer = crate::graph::serializer(format).map_err(std::io::Error::other)?.for_writer(out);
        if format.supports_datasets() {
            for quad in self.store.iter() {
                let quad = quad.map_err(|e| self.storage(e))?;
                writer.serialize_quad(&quad)?;
            }
        } else {
            let mut seen = std::collections::HashSet::new();
            for quad in self.store.iter() {
                let quad = quad.map_err(|e| self.storage(e))?;
                let triple = TripleRef::new(&quad.subject, &quad.predicate, &quad.object);
                if seen.insert(hash_of(&triple.to_string())) {
                    writer.serialize_triple(triple)?;
                }
            }
        }
        writer.finish()?.flush()?;
        Ok(())
    }

    /// Writes buffered data to the store's files, so later read-only opens need not replay
    /// the write-ahead log.
    pub fn flush(&self) -> Result<(), StoreError> {
        self.store.flush().map_err(|e| self.storage(e))
    }
}

/// How many shared quads' hashes a writer remembers (16 bytes each) before it starts over;
/// forgetting only means a description may be written again, which changes nothing.
const SHARED_MEMORY: usize = 4_000_000;

/// Writes batches of articles so that each article lands whole or not at all. Articles new
/// to the store go through Oxigraph's bulk loader, whose commit is atomic and which writes
/// several times faster than a transaction; the loader is committed once `commit_quads`
/// quads are pending (each commit adds files the store must later merge, so fewer, larger
/// commits cost less), before any replacement, and by [`BatchWriter::finish`]. Articles that
/// replace an older version go through one transaction that removes the old graph and
/// inserts the new one together. Shared entity descriptions (about 40% of what the articles
/// carry, since each article repeats those of the entities it names) are written once.
pub struct BatchWriter<'s> {
    store: &'s GraphStore,
    loader: Option<BulkLoader<'s>>,
    pending: usize,
    commit_quads: usize,
    shared_written: HashSet<u128>,
}

impl BatchWriter<'_> {
    /// Adds a batch of articles.
    pub fn write(&mut self, batch: &[ArticleWrite]) -> Result<(), StoreError> {
        if self.shared_written.len() > SHARED_MEMORY {
            self.shared_written.clear();
        }
        let mut shared: Vec<&Quad> = Vec::new();
        for quad in batch.iter().flat_map(|a| &a.shared) {
            if self.shared_written.insert(hash_of(&quad.to_string())) {
                shared.push(quad);
            }
        }
        let (replacing, new): (Vec<&ArticleWrite>, Vec<&ArticleWrite>) = batch.iter().partition(|a| a.replaces);
        if !new.is_empty() {
            let store = self.store;
            let loader = self.loader.get_or_insert_with(|| store.store.bulk_loader().with_num_threads(2).with_max_memory_size_in_megabytes(512));
            let quads: Vec<Quad> = new.iter().flat_map(|a| &a.quads).chain(std::mem::take(&mut shared)).cloned().collect();
            self.pending += quads.len();
            if let Err(e) = loader.load_quads(quads) {
                return Err(self.failed(e));
            }
        }
        if !replacing.is_empty() || self.pending >= self.commit_quads {
            self.commit()?;
        }
        if !replacing.is_empty() {
            let store = self.store;
            let replaced = (|| {
                let mut tx = store.store.start_transaction()?;
                for a in replacing {
                    tx.remove_named_graph(a.graph.as_ref())?;
                    tx.extend(a.quads.iter());
                }
                tx.extend(shared);
                tx.commit()
            })();
            replaced.map_err(|e| self.failed(e))?;
        }
        Ok(())
    }

    /// Commits what the loader holds.
    fn commit(&mut self) -> Result<(), StoreError> {
        self.pending = 0;
        match self.loader.take().map(BulkLoader::commit) {
            Some(Err(e)) => Err(self.failed(e)),
            _ => Ok(()),
        }
    }

    /// After a failure nothing pending was written, so no shared quad counts as written.
    fn failed(&mut self, cause: StorageError) -> StoreError {
        self.shared_written.clear();
        self.store.storage(cause)
    }

    /// Commits what is pending and writes buffered data to the store's files.
    pub fn finish(mut self) -> Result<(), StoreError> {
        self.commit()?;
        self.store.flush()
    }
}

fn hash_of(s: &str) -> u128 {
    let mut first = [0u8; 16];
    first.copy_from_slice(&blake3::hash(s.as_bytes()).as_bytes()[..16]);
    u128::from_le_bytes(first)
}
