//! The fonts a share card is drawn with: the theme's `fonts/` files only, read once per build
//! and shared by every card, so a card looks the same on every machine; and the widths of
//! their letters, for breaking a title into lines (SVG text does not wrap).

use std::sync::Arc;

use resvg::usvg::fontdb;
use skrifa::charmap::Charmap;
use skrifa::instance::{LocationRef, Size};
use skrifa::metrics::GlyphMetrics;
use skrifa::{FontRef, MetadataProvider};

use crate::diagnostics::{Diagnostic, Pos};
use crate::msg;
use crate::theme::{Source, Theme};

/// A face at a size, its tables read: the widths of texts without reading the font again.
pub struct Measure<'f> {
    tables: Option<(Charmap<'f>, GlyphMetrics<'f>, f32)>,
    size: f32,
}

impl Measure<'_> {
    /// The width of `text` (without kerning: a little wider than drawn, so a measured line
    /// never overflows). A letter the font lacks counts as wide as an `M`.
    pub fn width(&self, text: &str) -> f32 {
        let Some((charmap, metrics, wide)) = &self.tables else {
            return text.chars().count() as f32 * self.size * 0.6;
        };
        text.chars()
            .map(|c| {
                charmap
                    .map(c)
                    .and_then(|g| metrics.advance_width(g))
                    .unwrap_or(*wide)
            })
            .sum()
    }
}

/// One font file of the theme.
struct Face {
    bytes: Arc<Vec<u8>>,
    bold: bool,
}

/// The theme's fonts, loaded once: the database the cards are drawn with, the family a card's
/// text is in by default, and a digest of their bytes (a new font makes new cards).
pub struct Fonts {
    pub db: Arc<fontdb::Database>,
    pub family: String,
    pub digest: u64,
    faces: Vec<Face>,
}

impl Fonts {
    /// Every font of the theme; a file that cannot be read or is not a font is an error naming
    /// it, and so is a theme without fonts.
    pub fn load(theme: &Theme, theme_name: &str) -> Result<Fonts, Vec<Diagnostic>> {
        let mut db = fontdb::Database::new();
        let (mut faces, mut errors) = (Vec::new(), Vec::new());
        let mut family: Option<(bool, String)> = None;
        let mut digest = super::hash::Fnv::new();
        for f in &theme.fonts {
            let bytes = match &f.source {
                Source::BuiltIn(b) => b.to_vec(),
                Source::File(p) => match crate::fsx::read(p) {
                    Ok(b) => b,
                    Err(e) => {
                        errors.push(Diagnostic::error(&f.shown, Pos::UNKNOWN, e.0));
                        continue;
                    }
                },
            };
            let before = db.len();
            db.load_font_data(bytes.clone());
            let info = db
                .faces()
                .nth(before)
                .filter(|_| FontRef::new(&bytes).is_ok());
            let Some(info) = info else {
                errors.push(Diagnostic::error(
                    &f.shown,
                    Pos::UNKNOWN,
                    msg!("card-font-unreadable"),
                ));
                continue;
            };
            // The family of the site's own fonts comes first, else the built-in one.
            let own = matches!(f.source, Source::File(_));
            if let Some(name) = info.families.first().map(|(n, _)| n.clone())
                && family.as_ref().is_none_or(|(was_own, _)| own && !was_own)
            {
                family = Some((own, name));
            }
            digest.write(f.rel.as_bytes());
            digest.write(&bytes);
            let bold = info.weight.0 >= 600;
            faces.push(Face {
                bytes: Arc::new(bytes),
                bold,
            });
        }
        let Some((_, family)) = family.filter(|_| errors.is_empty()) else {
            if errors.is_empty() {
                let folder = std::path::Path::new("themes")
                    .join(theme_name)
                    .join("fonts");
                errors.push(Diagnostic::error(
                    &folder,
                    Pos::UNKNOWN,
                    msg!("card-no-font", folder = &folder),
                ));
            }
            return Err(errors);
        };
        db.set_sans_serif_family(family.clone());
        Ok(Fonts {
            db: Arc::new(db),
            family,
            digest: digest.finish(),
            faces,
        })
    }

    /// The bold or regular face at `size` pixels, read once to measure many texts.
    pub fn measure(&self, size: f32, bold: bool) -> Measure<'_> {
        let face = self
            .faces
            .iter()
            .find(|f| f.bold == bold)
            .or(self.faces.first());
        let font = face.and_then(|f| FontRef::new(&f.bytes).ok());
        let tables = font.map(|font| {
            let charmap = font.charmap();
            let metrics = font.glyph_metrics(Size::new(size), LocationRef::default());
            let wide = charmap
                .map('M')
                .and_then(|g| metrics.advance_width(g))
                .unwrap_or(size * 0.8);
            (charmap, metrics, wide)
        });
        Measure { tables, size }
    }

    /// The letters of `text` that no font of the theme has.
    pub fn missing(&self, text: &str) -> Vec<char> {
        let fonts: Vec<FontRef> = self
            .faces
            .iter()
            .filter_map(|f| FontRef::new(&f.bytes).ok())
            .collect();
        text.chars()
            .filter(|&c| !c.is_whitespace())
            .filter(|&c| fonts.iter().all(|f| f.charmap().map(c).is_none()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn built_in() -> Fonts {
        let a = crate::testing::article("A", "2023-09-07", "");
        let site = crate::testing::build(&[("a.md", &a)]);
        Fonts::load(&site.theme, "default").expect("the built-in fonts load")
    }

    #[test]
    fn the_built_in_fonts_have_every_vietnamese_letter() {
        let fonts = built_in();
        assert_eq!(fonts.family, "Be Vietnam Pro");
        let vowels = "aăâeêioôơuưy";
        let mut letters = String::from("đĐbcdghklmnpqrstvx");
        for v in vowels.chars() {
            for tone in ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}', ' '] {
                let s: String = [v, tone].iter().filter(|c| **c != ' ').collect();
                let nfc = crate::text::nfc(&s);
                letters.push_str(&nfc);
                letters.push_str(&nfc.to_uppercase());
            }
        }
        assert!(letters.contains('ắ') && letters.contains('Ỹ') && letters.contains('ộ'));
        assert_eq!(letters.chars().count(), 18 + 12 * 6 * 2);
        // Each is one precomposed letter, and the fonts have them all, in both weights.
        for f in &fonts.faces {
            let font = FontRef::new(&f.bytes).unwrap();
            let absent: String = letters
                .chars()
                .chain("ẫậềữỹĐđ0123456789%/…·–".chars())
                .filter(|&c| font.charmap().map(c).is_none())
                .collect();
            assert_eq!(absent, "", "letters missing from a face (bold: {})", f.bold);
        }
        assert!(
            fonts
                .missing("Hạng 25/82 · Thành phố Hồ Chí Minh")
                .is_empty()
        );
    }

    #[test]
    fn widths_grow_with_the_text_and_the_weight() {
        let fonts = built_in();
        let (one, two) = (
            fonts.measure(60.0, true).width("Hà Nội"),
            fonts.measure(60.0, true).width("Hà Nội Hà Nội"),
        );
        assert!(one > 100.0 && two > 2.0 * one, "{one} {two}");
        assert!(fonts.measure(60.0, false).width("Hà Nội") < one);
    }
}
