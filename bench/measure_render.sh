# Sourced by the bench scripts: measure_render BINARY DATA RUNS OUT_DIR renders DATA RUNS times
# (after one warm-up run) and prints the median and minimum wall time (bash's microsecond clock
# around each run, which includes /usr/bin/time's own fork), the largest peak RSS
# (/usr/bin/time) and the PDF's page count and size.
measure_render() {
  local binary=$1 data=$2 runs=$3 out=$4 i start end
  "$binary" render "$data" -o "$out/warm.pdf" --quiet  # warm the page cache
  for i in $(seq "$runs"); do
    start=$EPOCHREALTIME
    /usr/bin/time -f '%M' -o "$out/rss.$i" "$binary" render "$data" -o "$out/run.pdf" --quiet
    end=$EPOCHREALTIME
    echo "$start $end $(cat "$out/rss.$i")" >>"$out/times"
  done
  awk '
    { wall[NR] = $2 - $1; if ($3 > rss) rss = $3 }
    function median(a, n,   i, j, t) {
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
      return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    END {
      m = median(wall, NR); printf "runs: %d\nwall median: %.1f ms (min %.1f ms)\n", NR, m * 1000, wall[1] * 1000
      printf "peak RSS: %.1f MiB\n", rss / 1024
    }' "$out/times"
  echo "pdf: $(pdfinfo "$out/run.pdf" | awk '/^Pages:/ {print $2}') pages, $(stat -c %s "$out/run.pdf") bytes"
}
