//! Machine-read files: an Atom feed per language, the sitemap with hreflang alternates, robots.txt.

use std::fmt::Write;
use std::path::PathBuf;

use super::file::{Content, OutputFile};
use super::views::Views;
use crate::graph::lang_prefix;
use crate::lang::Lang;
use crate::text::escape_xml;

/// Articles in each language's feed.
pub const FEED_SIZE: usize = 20;

pub fn all(views: &Views) -> Vec<OutputFile> {
    let mut files: Vec<OutputFile> = views.config.langs().map(|l| atom(views, l)).collect();
    files.push(file("sitemap.xml", sitemap(views)));
    files.push(file(
        "robots.txt",
        format!(
            "User-agent: *\nAllow: /\n\nSitemap: {}\n",
            permalink(views, "sitemap.xml")
        ),
    ));
    files
}

fn file(path: &str, text: String) -> OutputFile {
    OutputFile {
        path: path.to_owned(),
        content: Content::bytes(text.into_bytes()),
        origin: PathBuf::from("site.yaml"),
    }
}

fn atom(views: &Views, lang: Lang) -> OutputFile {
    let (config, graph) = (views.config, views.graph);
    let prefix = lang_prefix(config, lang);
    let feed_path = format!("{prefix}atom.xml");
    let ids = &graph.latest[lang.0][..graph.latest[lang.0].len().min(FEED_SIZE)];
    let title = config.text(&config.title, lang);
    let updated = ids
        .iter()
        .map(|&id| graph.articles[id].date)
        .max()
        .map_or_else(
            || "1970-01-01T00:00:00+00:00".to_owned(),
            |d| d.to_rfc3339(),
        );
    let mut x = String::new();
    let _ = write!(
        x,
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">\n\
         <title>{title}</title>\n<link rel=\"self\" type=\"application/atom+xml\" href=\"{self_url}\"/>\n\
         <link rel=\"alternate\" type=\"text/html\" href=\"{home}\"/>\n<id>{self_url}</id>\n<updated>{updated}</updated>\n\
         <author><name>{title}</name></author>\n",
        lang = config.code(lang),
        title = escape_xml(title),
        self_url = escape_xml(&permalink(views, &feed_path)),
        home = escape_xml(&permalink(views, &prefix)),
    );
    for &id in ids {
        let a = &graph.articles[id];
        let link = escape_xml(&permalink(views, &a.address.path));
        let _ = write!(
            x,
            "<entry>\n<title>{}</title>\n<link rel=\"alternate\" type=\"text/html\" href=\"{link}\"/>\n<id>{link}</id>\n\
             <published>{date}</published>\n<updated>{date}</updated>\n",
            escape_xml(&a.title),
            date = a.date.to_rfc3339(),
        );
        if let Some(author) = &a.fm.author {
            let _ = writeln!(x, "<author><name>{}</name></author>", escape_xml(author));
        }
        for tag in &a.fm.tags {
            let _ = writeln!(x, "<category term=\"{}\"/>", escape_xml(tag));
        }
        if !a.summary.is_empty() {
            let _ = writeln!(x, "<summary>{}</summary>", escape_xml(&a.summary));
        }
        let _ = write!(
            x,
            "<content type=\"html\">{}</content>\n</entry>\n",
            escape_xml(&absolute_links(views, &a.html))
        );
    }
    x.push_str("</feed>\n");
    file(&feed_path, x)
}

/// Feed readers show content away from the site: root-relative links get the site's address.
fn absolute_links(views: &Views, html: &str) -> String {
    let root = views.config.base_url.trim_end_matches('/');
    let html = html
        .replace("href=\"/", &format!("href=\"{root}/"))
        .replace("src=\"/", &format!("src=\"{root}/"));
    // Every address in a srcset list, not only the first.
    let mut out = String::with_capacity(html.len());
    let mut rest = html.as_str();
    while let Some(i) = rest.find("srcset=\"") {
        let start = i + "srcset=\"".len();
        let end = start + rest[start..].find('"').unwrap_or(rest.len() - start);
        out.push_str(&rest[..start]);
        let list = &rest[start..end];
        let list = match list.strip_prefix('/') {
            Some(tail) => format!("{root}/{tail}"),
            None => list.to_owned(),
        };
        out.push_str(&list.replace(", /", &format!(", {root}/")));
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

fn sitemap(views: &Views) -> String {
    let (config, graph) = (views.config, views.graph);
    let mut x = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    let mut entry = |path: &str, lastmod: Option<String>, versions: Vec<(Lang, String)>| {
        let _ = write!(
            x,
            "<url>\n<loc>{}</loc>\n",
            escape_xml(&permalink(views, path))
        );
        if let Some(d) = lastmod {
            let _ = writeln!(x, "<lastmod>{d}</lastmod>");
        }
        if versions.len() > 1 {
            for (l, p) in &versions {
                let _ = writeln!(
                    x,
                    "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                    config.code(*l),
                    escape_xml(&permalink(views, p))
                );
            }
            if let Some((_, p)) = versions.first() {
                let _ = writeln!(
                    x,
                    "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>",
                    escape_xml(&permalink(views, p))
                );
            }
        }
        x.push_str("</url>\n");
    };
    for s in &graph.sections {
        let mut versions = vec![(s.lang, s.address.path.clone())];
        versions.extend(s.translations.iter().map(|&t| {
            (
                graph.sections[t].lang,
                graph.sections[t].address.path.clone(),
            )
        }));
        versions.sort();
        entry(&s.address.path, None, versions);
    }
    for a in &graph.articles {
        let mut versions = vec![(a.lang, a.address.path.clone())];
        versions.extend(a.translations.iter().map(|&t| {
            (
                graph.articles[t].lang,
                graph.articles[t].address.path.clone(),
            )
        }));
        versions.sort();
        entry(
            &a.address.path,
            Some(a.date.format("%Y-%m-%d").to_string()),
            versions,
        );
    }
    for node in &graph.campaigns {
        let per_lang = |path: &dyn Fn(Lang) -> String| {
            config.langs().map(|l| (l, path(l))).collect::<Vec<_>>()
        };
        let mut pages = vec![per_lang(&|l| node.overview[l.0].path.clone())];
        pages.extend(
            (0..node.data.units.len()).map(|u| per_lang(&|l| node.units[u][l.0].path.clone())),
        );
        pages.extend(
            (0..node.data.clusters.len())
                .map(|c| per_lang(&|l| node.clusters[c][l.0].path.clone())),
        );
        for versions in pages {
            for (_, path) in &versions {
                entry(path, None, versions.clone());
            }
        }
    }
    for t in &graph.taxonomies {
        let versions = config
            .langs()
            .map(|l| (l, format!("{}{}/", lang_prefix(config, l), t.kind.name())))
            .collect();
        entry(&t.address.path, None, versions);
        for term in &t.terms {
            entry(
                &term.address.path,
                None,
                vec![(t.lang, term.address.path.clone())],
            );
        }
    }
    x.push_str("</urlset>\n");
    x
}

fn permalink(views: &Views, path: &str) -> String {
    format!("{}{path}", views.config.base_url)
}
