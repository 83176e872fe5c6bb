#!/usr/bin/env python3
"""The benchmark's representative site: N articles per language, bilingual, with photos,
tables, footnotes, links between articles, tags, categories and one campaign of 63 units.

Usage: corpus.py REPO DIR N. REPO is the repository (site.yaml, static/, the example's
photos and scripts/bench/vocab-vi.txt are taken from it); DIR must not hold a site yet.
Standard library only, and deterministic: the same N always gives the same bytes, so
that numbers taken on different days or branches compare the same site.

What an article has, and why:
- front matter with a Vietnamese title (marks: slugs and sorting have work to do), a date
  spread over 2021-2024 at +07:00 (lists, pagination and feeds sort by it), an author, one
  of 7 categories and 2-3 tags from a pool of 300 plus one that every article has (one
  very long term list, many short ones);
- 2-4 `##` headings (heading ids), paragraphs of Vietnamese words drawn with Zipf weights
  from vocab-vi.txt (as scripts/bench-search.sh does, so the search index is realistic),
  a table, a footnote and a relative link to another article (link rewriting and check);
- one article in 5 has a photo, one of a few distinct JPEGs kept in content/photos/ (not
  in a bundle, so the same files are shared and their resized copies are cached after the
  first build, as in a real site where each photo is processed once);
- one article in 10 reports on a unit (`unit:`) and quotes its figure with a shortcode.
"""
import datetime
import hashlib
import os
import random
import shutil
import sys

repo, root, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
rng = random.Random(20240907)

vocab = [w for w in open(os.path.join(repo, "scripts/bench/vocab-vi.txt"), encoding="utf-8")
         .read().split("\n") if w]
zipf = [1 / (i + 1) for i in range(len(vocab))]
english = ("union workers conference delegates initiative province federation labour programme "
           "results report members award review emulation movement honours enterprise cluster "
           "district sector target national meeting year first team production safety "
           "innovation factory school hospital training skills wages contract").split()


def cap(s):
    """A capital first letter; unlike str.capitalize, names keep theirs (Đắk Lắk)."""
    return s[:1].upper() + s[1:]


def words(k, lang):
    if lang == "vi":
        return " ".join(rng.choices(vocab, weights=zipf, k=k))
    return " ".join(rng.choices(english, k=k))


def sentence(k, lang):
    return cap(words(k, lang)) + "."


def paragraph(lang):
    return " ".join(sentence(rng.randint(8, 16), lang) for _ in range(rng.randint(3, 5)))


def write(rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def q(s):
    """A YAML double-quoted string."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


# The site: the repository's site.yaml (title, languages, paginate: 20, logo) and static/.
shutil.copy(os.path.join(repo, "site.yaml"), os.path.join(root, "site.yaml"))
if os.path.isdir(os.path.join(repo, "static")):
    shutil.copytree(os.path.join(repo, "static"), os.path.join(root, "static"))
for lang in ("vi", "en"):
    for rel in (f"content/_index.{lang}.md", f"content/news/_index.{lang}.md"):
        src = os.path.join(repo, rel)
        if os.path.exists(src):
            os.makedirs(os.path.dirname(os.path.join(root, rel)), exist_ok=True)
            shutil.copy(src, os.path.join(root, rel))

# Photos: the distinct JPEGs of the example site (by content), in a stable order.
photos, seen = [], set()
for base, _, files in sorted(os.walk(os.path.join(repo, "content"))):
    for name in sorted(files):
        if name.lower().endswith((".jpg", ".jpeg")):
            data = open(os.path.join(base, name), "rb").read()
            digest = hashlib.sha256(data).hexdigest()
            if digest not in seen:
                seen.add(digest)
                photos.append(data)
photos = photos[:12]
for k, data in enumerate(photos):
    os.makedirs(os.path.join(root, "content/photos"), exist_ok=True)
    with open(os.path.join(root, f"content/photos/p{k + 1}.jpg"), "wb") as f:
        f.write(data)

# The campaign: 4 metrics (three counts and an amount of money), 4 clusters, 63 provinces.
syllables = ("Hòa Bình Sơn Thủy Đông Tây Nam Bắc Hưng Yên Phú Thọ Quảng Ninh Trị Đà Lạt Cà Mau "
             "Bến Tre Long An Đắk Nông Kon Tum Gia Lai Hà Giang Lào Cai Điện Biên Thái Nguyên "
             "Vĩnh Phúc Hải Dương Ninh Thuận Khánh Hòa Tiền Giang Sóc Trăng Bạc Liêu").split()
clusters = {
    "mien-nui-phia-bac": ("Cụm thi đua các tỉnh miền núi phía Bắc", "Northern mountain provinces cluster"),
    "dong-bang-song-hong": ("Cụm thi đua đồng bằng sông Hồng", "Red River Delta cluster"),
    "duyen-hai-mien-trung": ("Cụm thi đua duyên hải miền Trung", "Central coast cluster"),
    "dong-bang-song-cuu-long": ("Cụm thi đua đồng bằng sông Cửu Long", "Mekong Delta cluster"),
}
cluster_ids = list(clusters)
metrics = [("initiatives", "Sáng kiến", "Initiatives", "count"),
           ("members", "Đoàn viên tham gia", "Participating members", "count"),
           ("grassroots_unions", "Công đoàn cơ sở", "Grassroots unions", "count"),
           ("benefit", "Giá trị làm lợi", "Value of benefits", "money")]
units = 63
campaign = [
    "# A generated campaign for the benchmark: 63 provinces in 4 clusters.",
    "name:",
    '  vi: "Chương trình thi đua sáng tạo (bản đo hiệu năng)"',
    '  en: "Creative emulation programme (benchmark copy)"',
    'short_name: {vi: "Thi đua sáng tạo", en: "Creative emulation"}',
    'organizer: {vi: "Tổng Liên đoàn Lao động Việt Nam", en: "Vietnam General Confederation of Labour"}',
    "start: 2021-09-01",
    "end: 2024-08-31",
    f"units_expected: {units}",
    "metrics:",
]
for mid, vi, en, kind in metrics:
    campaign.append(f"  {mid}:")
    campaign.append(f"    label: {{vi: {q(vi)}, en: {q(en)}}}")
    campaign.append(f"    kind: {kind}")
    if kind == "money":
        campaign.append("    currency: VND")
campaign += ["rank_by: initiatives",
             "target: {initiatives: 1000000, members: 5000000, grassroots_unions: 60000, benefit: 30000000000000}",
             "clusters:"]
for cid, (vi, en) in clusters.items():
    campaign.append(f"  {cid}: {{vi: {q(vi)}, en: {q(en)}}}")
write("content/results/bench/campaign.yaml", "\n".join(campaign) + "\n")
unit_ids = []
for u in range(1, units + 1):
    uid = f"tinh-{u:02d}"
    unit_ids.append(uid)
    place = f"{syllables[(u * 7) % len(syllables)]} {syllables[(u * 13 + 5) % len(syllables)]}"
    initiatives = rng.randint(2000, 60000)
    lines = [
        f"name: {{vi: {q(f'Tỉnh {u:02d} {place}')}, en: {q(f'Province {u:02d}')}}}",
        "kind: province",
        f"cluster: {cluster_ids[(u - 1) * len(cluster_ids) // units]}",
        "as_of: 2024-08-31",
        f"target: {{initiatives: {initiatives * rng.randint(60, 140) // 100}, "
        f"members: {rng.randint(20000, 120000)}}}",
        "values:",
        f"  initiatives: {initiatives}",
        f"  members: {rng.randint(15000, 150000)}",
        f"  grassroots_unions: {rng.randint(300, 2500)}",
    ]
    if u % 4 == 0:  # some published figures are qualified, as sources write them
        lines += ["  benefit:", f"    value: {rng.randint(10, 900) * 1000000000}", "    qualifier: over"]
    else:
        lines.append(f"  benefit: {rng.randint(10, 900) * 1000000000}")
    write(f"content/results/bench/units/{uid}.yaml", "\n".join(lines) + "\n")

# Articles.
categories = [("Tin hoạt động", "Activities"), ("Tổng kết", "Reviews"), ("Gương điển hình", "Role models"),
              ("Sáng kiến", "Initiatives"), ("Thông báo", "Announcements"), ("Chính sách", "Policy"),
              ("Đời sống công nhân", "Workers' lives")]
tag_pool = [(f"{vocab[(k * 7) % 200]} {k + 1}", f"topic {k + 1}") for k in range(300)]
common_tag = ("sáng kiến", "initiatives")
authors = ["Kim Anh", "Minh Châu", "Thu Hà", "Quốc Huy", "Lê Dũng", "Phạm Hằng", "Đỗ Quyên",
           "Ngọc Lan", "Văn Toàn", "Hoàng Yến", "Bùi Đức", "Trần Thủy"]
start = 1609434000  # 2021-01-01T00:00:00+07:00
span = 4 * 365 * 86400
for i in range(n):
    t = start + rng.randrange(span)
    # The date and time at +07:00, from seconds since the epoch (no time zone data needed).
    days, secs = divmod(t + 7 * 3600, 86400)
    day = datetime.date(1970, 1, 1) + datetime.timedelta(days=days)
    date = f"{day.isoformat()}T{secs // 3600:02d}:{secs % 3600 // 60:02d}:00+07:00"
    author = rng.choice(authors)
    cat = rng.randrange(len(categories))
    tags = rng.sample(range(len(tag_pool)), rng.randint(2, 3))
    link = rng.randrange(n - 1) if n > 1 else 0
    link += link >= i and n > 1
    photo = rng.randrange(len(photos)) + 1 if photos and i % 5 == 0 else None
    unit = unit_ids[rng.randrange(units)] if i % 10 == 3 else None
    sections = rng.randint(2, 4)
    table_at = rng.randrange(sections)
    # The shape is drawn once so both languages are the same article; the words differ.
    shape = [rng.randint(1, 3) for _ in range(sections)]
    for lang in ("vi", "en"):
        li = 0 if lang == "vi" else 1
        title = cap(words(rng.randint(6, 11), lang))
        if lang == "en":
            title = f"{title} ({i})"
        fm = ["---", f"title: {q(title)}", f"date: {date}", f"author: {q(author)}",
              f"category: {q(categories[cat][li])}",
              "tags: [" + ", ".join(q(tag_pool[k][li]) for k in tags) + f", {q(common_tag[li])}]"]
        if unit:
            fm.append(f"unit: {unit}")
        fm.append("---")
        body = [paragraph(lang)]
        if unit:
            said = ("Đơn vị đã có {fig} sáng kiến." if lang == "vi" else "The unit has {fig} initiatives.")
            body.append(said.format(fig=f'{{{{ figure(unit="{unit}", metric="initiatives") }}}}'))
        if photo:
            alt = cap(words(8, lang))
            body.append(f'![{alt}](../photos/p{photo}.jpg "{sentence(6, lang)}")')
        for s in range(sections):
            body.append("## " + cap(words(rng.randint(3, 6), lang)))
            for p in range(shape[s]):
                body.append(paragraph(lang))
            if s == table_at:
                head = ("| Đơn vị | Sáng kiến | Giá trị làm lợi (triệu đồng) |" if lang == "vi"
                        else "| Unit | Initiatives | Value of benefits (VND million) |")
                rows = [head, "|---|---:|---:|"]
                for r in range(rng.randint(3, 6)):
                    rows.append(f"| {cap(words(2, lang))} | {rng.randint(10, 9000)} | "
                                f"{rng.randint(100, 90000)} |")
                body.append("\n".join(rows))
            if s == 0:
                see = "Xem thêm" if lang == "vi" else "See also"
                body.append(f"{sentence(10, lang)[:-1]}[^1]. {see} [{words(4, lang)}](bai-{link}.{lang}.md).")
        note = "Số liệu do công đoàn cơ sở báo cáo." if lang == "vi" else "Figures reported by the grassroots unions."
        body.append(f"[^1]: {note}")
        write(f"content/news/bai-{i}.{lang}.md", "\n".join(fm) + "\n\n" + "\n\n".join(body) + "\n")
