#!/usr/bin/env bash
# End-to-end ingest benchmark: the BBC corpus replicated (each copy's articles made unique by
# a suffix, so nothing is skipped as unchanged), ingested into new stores; the same quads
# exported as N-Quads and bulk-loaded with Oxigraph's own loader for comparison; re-ingest of
# an unchanged corpus; saved-query latency on the largest store. Prints a Markdown table.
#
#   benches/ingest.sh [COPIES...]      (default: 1 10 45; 45 copies = 100,125 articles)
#   QUERY_RUNS=3 benches/ingest.sh ... (runs per saved query; default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup
cargo build --release --quiet --bin newsgraph --example bulk_load --example query_latency
bin="$CARGO_TARGET_DIR/release/newsgraph"
ex="$CARGO_TARGET_DIR/release/examples"
corpus="${NEWSGRAPH_CORPUS:-../shared/corpus}/bbc"
work="${BENCH_DIR:-$(mktemp -d)}"
copies=("${@:-1 10 45}")
[ $# -eq 0 ] && copies=(1 10 45)
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr); $(date -u +%F)"
echo
echo "| articles | MB | ingest s | MB/s | articles/s | quads | quads/s | quads/article | peak RSS MB | bulk load s | ingest / bulk | re-ingest s |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in "${copies[@]}"; do
    src="$work/corpus-$n"
    if [ ! -d "$src" ]; then
        python3 - "$corpus" "$src" "$n" <<'PY'
import pathlib, sys
corpus, out, copies = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
files = sorted(corpus.glob("*/*.txt"))
texts = [(f.parent.name, f.name, f.read_bytes()) for f in files]
for c in range(1, copies + 1):
    for category, name, data in texts:
        d = out / f"copy-{c}" / category
        d.mkdir(parents=True, exist_ok=True)
        (d / name).write_bytes(data + f"\n\nCopy {c} of this article.\n".encode())
PY
    fi
    articles=$(find "$src" -name '*.txt' | wc -l)
    mb=$(du -sm --apparent-size "$src" | cut -f1)
    store="$work/store-$n"; rm -rf "$store"
    /usr/bin/time -v "$bin" --store "$store" ingest "$src" > "$work/ingest-$n.out" 2> "$work/ingest-$n.time"
    secs=$(awk -F': ' '/Elapsed \(wall clock\)/{split($2,t,":"); s=0; for(i=1;i<=length(t);i++) s=s*60+t[i]; print s}' "$work/ingest-$n.time")
    rss=$(awk '/Maximum resident set size/{printf "%d", $6/1024}' "$work/ingest-$n.time")
    quads=$("$bin" --store "$store" query 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }' --format tsv | tail -1 | sed 's/"//g; s/\^\^.*//')
    start=$(date +%s.%N); "$bin" --store "$store" ingest "$src" > /dev/null; reingest=$(echo "$(date +%s.%N) - $start" | bc)
    "$bin" --store "$store" export --format nquads --output "$work/export-$n.nq"
    rm -rf "$work/bulk-$n"
    bulk=$("$ex/bulk_load" "$work/bulk-$n" "$work/export-$n.nq" | awk '{print $5}')
    printf "| %d | %d | %.2f | %.1f | %.0f | %d | %.0f | %.1f | %d | %.2f | %.2f | %.2f |\n" \
        "$articles" "$mb" "$secs" "$(echo "$mb / $secs" | bc -l)" "$(echo "$articles / $secs" | bc -l)" "$quads" \
        "$(echo "$quads / $secs" | bc -l)" "$(echo "$quads / $articles" | bc -l)" "$rss" "$bulk" "$(echo "$secs / $bulk" | bc -l)" "$reingest"
    rm -rf "$work/bulk-$n" "$work/export-$n.nq"
    last="$store"
done
echo
echo "Saved queries on the largest store ($last), warm process, ${QUERY_RUNS:-20} runs each:"
echo
"$ex/query_latency" "$last" "${QUERY_RUNS:-20}"
