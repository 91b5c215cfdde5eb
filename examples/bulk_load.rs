//! Loads an N-Quads file into a new Oxigraph store with Oxigraph's own bulk loader and prints
//! the time it took: the reference that `benches/ingest.sh` compares newsgraph's ingest with.
//!
//!     cargo run --release --example bulk_load -- STORE_DIR FILE.nq

use std::time::Instant;

use anyhow::{bail, Context, Result};
use oxigraph::io::RdfFormat;
use oxigraph::store::Store;

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let [_, store_dir, file] = args.as_slice() else { bail!("usage: bulk_load STORE_DIR FILE.nq") };
    let started = Instant::now();
    let store = Store::open(store_dir).with_context(|| format!("opening {store_dir}"))?;
    let data = std::fs::read(file).with_context(|| format!("reading {file}"))?;
    // Oxigraph 0.5's loader writes nothing until it is committed.
    let mut loader = store.bulk_loader();
    loader.load_from_slice(RdfFormat::NQuads, &data).context("bulk load")?;
    loader.commit().context("bulk load commit")?;
    store.flush()?;
    let seconds = started.elapsed().as_secs_f64();
    let quads = store.len()?;
    println!("{quads} quads bulk-loaded in {seconds:.2} s ({:.0} quads/s)", quads as f64 / seconds);
    Ok(())
}
