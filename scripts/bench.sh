#!/usr/bin/env bash
# Builds a generated site of N articles per language (default 10000) and reports time and
# peak memory, to see that cost grows linearly with the site. Usage: scripts/bench.sh [N]
set -euo pipefail
n=${1:-10000}
cd "$(dirname "$0")/.."
cargo build --release --quiet
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/content/news"
cp site.yaml "$dir/"
python3 - "$dir" "$n" <<'PY'
import sys, os
root, n = sys.argv[1], int(sys.argv[2])
for i in range(n):
    for lang, word in (("vi", "Bài"), ("en", "Story")):
        with open(os.path.join(root, "content/news", f"bai-{i}.{lang}.md"), "w") as f:
            f.write(f"---\ntitle: \"{word} {i}\"\ndate: 2023-{1 + i % 12:02d}-{1 + i % 28:02d}T08:{i % 60:02d}:00+07:00\n"
                    f"author: Kim Anh\ncategory: \"Tin {i % 7}\"\ntags: [t{i % 500}, t{i % 37}, sáng kiến]\n---\n\n"
                    f"## Kết quả\n\nĐoạn đầu của bài {i}, với [liên kết](bai-{(i + 1) % n}.{lang}.md).\n\n"
                    "| a | b |\n|---|---|\n| 1 | 2 |\n\nĐoạn sau[^1].\n\n[^1]: Ghi chú.\n")
PY
/usr/bin/time -f "wall %e s, peak memory %M KB" target/release/campaign-site build --root "$dir" --output "$dir/public"
