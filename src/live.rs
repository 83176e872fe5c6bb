//! What `serve` keeps of its last good build so that a save that changes only an article's body
//! is shown at once: the graph knows which pages show a body (the article's own page and its
//! language's feed), so those are made again from the kept graph, theme and routes instead of
//! building the site. Anything else (front matter, a list-level fact, a new photo, a problem)
//! is a whole rebuild.

use std::path::Path;
use std::sync::Arc;

use crate::config::Config;
use crate::content::{self, ReadCache};
use crate::diagnostics::Diagnostic;
use crate::graph::bodies::{self, Body};
use crate::graph::routes::RoutedDoc;
use crate::graph::{PageKind, SiteGraph, figures, front};
use crate::images::{Photo, Processor};
use crate::lang::Lang;
use crate::render::{Alone, OutputFile};
use crate::search;
use crate::site::{Kept, Site};

/// The last good build of `serve`, kept to make one article's pages again.
pub struct Live {
    config: Config,
    graph: SiteGraph,
    kept: Kept,
}

/// What an edit of one file needs.
pub enum Edit {
    /// Not an edit of one article's body alone (or its body has a problem): the site is built
    /// again, which finds and reports everything.
    Rebuild,
    /// The pages that show the body, made again.
    Patched(Patch),
}

/// The files an edit of an article's body made again.
pub struct Patch {
    /// The article's pages and its language's feed.
    pub files: Vec<OutputFile>,
    /// Problems of the body that are warnings in `build` (a photo without alt text).
    pub warnings: Vec<Diagnostic>,
    /// The article's language, whose search index is to be made again.
    pub lang: Lang,
}

impl Live {
    /// What a good build keeps, when it kept it (`Options::keep`, a theme without errors).
    pub fn new(site: Site) -> Option<Live> {
        Some(Live {
            kept: site.kept?,
            config: site.config,
            graph: site.graph,
        })
    }

    /// Makes again the pages that show the body of the article at `rel` (a path relative to
    /// the site) when nothing but its body changed since `texts` read it; `texts` then keeps
    /// the new text.
    pub fn edit(&mut self, rel: &Path, texts: &mut ReadCache) -> Edit {
        let Some(id) = self.graph.articles.iter().position(|a| a.source == rel) else {
            return Edit::Rebuild;
        };
        let a = &self.graph.articles[id];
        let routes = &self.kept.routes;
        let Some(&j) = routes.by_key.get(&(a.key.clone(), a.lang)) else {
            return Edit::Rebuild;
        };
        let was = &routes.docs[j];
        let Ok((src, stamp)) = content::read_again(&self.config, &was.doc.src) else {
            return Edit::Rebuild;
        };
        let Some(old) = texts.text(&src.path) else {
            return Edit::Rebuild;
        };
        let Some((new, warnings)) = self.body_alone(was, &src, &old) else {
            return Edit::Rebuild;
        };
        texts.keep(&src, stamp);
        let article = &mut self.graph.articles[id];
        article.html = new.html;
        article.text = new.text;
        let lang = article.lang;
        match self.pages_of(id, lang) {
            Ok(files) => Edit::Patched(Patch {
                files,
                warnings,
                lang,
            }),
            Err(_) => Edit::Rebuild,
        }
    }

    /// The new body of `src` when its front matter is as it was in `old` and its body shows what
    /// lists show as before (summary, thumbnail, photos) and has no error; its warnings.
    fn body_alone(
        &self,
        was: &RoutedDoc,
        src: &content::SourceDoc,
        old: &Arc<str>,
    ) -> Option<(Body, Vec<Diagnostic>)> {
        let routed = |text: &Arc<str>| {
            let src = content::SourceDoc {
                text: Arc::clone(text),
                ..src.clone()
            };
            let (doc, problems) = front::parse_one(&self.config, src);
            let doc = doc.filter(|_| problems.is_empty())?;
            Some(RoutedDoc {
                doc,
                path: was.path.clone(),
                has_page: was.has_page,
                campaign: was.campaign,
                unit: was.unit,
            })
        };
        let new = routed(&src.text)?;
        let front = &new.doc.src.text[..new.doc.body_offset];
        if !old.starts_with(front) || new.doc.body_line == 0 {
            return None;
        }
        let before = routed(old)?;
        let [(body, errors, warnings), (previous, _, _)] = self.bodies([&new, &before])?;
        let same_photos = |a: &[Photo], b: &[Photo]| {
            a.len() == b.len() && a.iter().zip(b).all(|(a, b)| a.variants == b.variants)
        };
        let same = body.summary == previous.summary
            && same_photos(&body.photos, &previous.photos)
            && match (&body.thumbnail, &previous.thumbnail) {
                (Some((p, alt)), Some((q, blt))) => alt == blt && p.variants == q.variants,
                (None, None) => true,
                _ => false,
            };
        (same && errors.is_empty()).then_some((body, warnings))
    }

    /// The bodies of `docs`, rendered against the kept routes, campaigns and assets.
    fn bodies(&self, docs: [&RoutedDoc; 2]) -> Option<[bodies::Rendered; 2]> {
        let theme = &self.kept.theme;
        let names =
            crate::graph::Names::new(&self.config, &theme.theme.i18n, Some(&*theme.theme.locales));
        let quoter = figures::Quoter::new(
            &self.config,
            &self.kept.campaigns,
            self.kept.campaign_failed,
            &self.kept.routes.campaign_paths,
            &names,
        );
        let photos = Processor::new(&self.config.root, true);
        let (routes, assets) = (&self.kept.routes, &self.kept.assets);
        let made = bodies::render_each(
            &self.config,
            routes,
            assets,
            (&photos, &quoter, &self.graph.store),
            docs,
        );
        made.try_into().ok()
    }

    /// The pages of article `id` and the feed of its language, made again.
    fn pages_of(&self, id: usize, lang: Lang) -> Result<Vec<OutputFile>, Diagnostic> {
        let alone = self.alone();
        let mut files = Vec::new();
        for (i, page) in self.graph.pages.iter().enumerate() {
            if page.kind == PageKind::Article(id) {
                files.push(alone.page(page, self.kept.cards.get(i).unwrap_or(&None))?);
            }
        }
        files.push(alone.feed(lang)?);
        Ok(files)
    }

    fn alone(&self) -> Alone<'_> {
        let theme = &self.kept.theme;
        Alone::new(
            &self.config,
            &self.graph,
            &theme.templates,
            &theme.theme.i18n,
        )
    }

    /// The search index of `lang`, made again: the folder its files are in and the files.
    pub fn search(&self, lang: Lang) -> Result<(String, Vec<OutputFile>), Diagnostic> {
        let locales = self.kept.theme.templates.locales();
        let files = match self.config.search {
            true => search::language(&self.config, &self.graph, (lang, locales), None)?.0,
            false => Vec::new(),
        };
        Ok((self.graph.search_index[lang.0].path.clone(), files))
    }
}
