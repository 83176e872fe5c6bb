//! SVG charts made at build time: bars for rankings and breakdowns, a bar against a target.
//! No script; each chart has a title and a description in the page's language. Every chart is
//! drawn twice, wide and narrow, and the stylesheet shows the one that fits the screen, so text
//! is never scaled below its size on a phone; labels wrap instead of being cut, and every bar
//! shows its value. Colours are classes the stylesheet sets for each mode and for paper.

use std::fmt::Write;

use crate::text::escape_xml;

/// A layout of a chart: its width in SVG units (drawn at that width in CSS pixels or less),
/// its text size, and where labels go.
#[derive(Clone, Copy)]
pub struct Layout {
    name: &'static str,
    width: f64,
    font: f64,
    /// The width of the label column beside the bars; 0 puts each label above its bar.
    label: f64,
}

/// Labels beside bars, for screens wider than 50rem.
pub const WIDE: Layout = Layout {
    name: "wide",
    width: 760.0,
    font: 13.0,
    label: 260.0,
};

/// Labels above bars, for phones: 14 units drawn at least 13 px wide at 390 px.
pub const NARROW: Layout = Layout {
    name: "narrow",
    width: 360.0,
    font: 14.0,
    label: 0.0,
};

const BAR: f64 = 16.0;
const GAP: f64 = 10.0;

/// One bar: its label, its value and how the value is written.
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub text: String,
}

impl Layout {
    fn line(&self) -> f64 {
        (self.font * 1.3).round()
    }

    /// A text's width at this layout's size, estimated from its letters (a little wide, so
    /// that what is laid out by it fits).
    fn text_width(&self, s: &str) -> f64 {
        let ems: f64 = s
            .chars()
            .map(|c| match c {
                ' ' | '.' | ',' | ':' | 'i' | 'l' | 'I' | 'j' | '(' | ')' | '\'' => 0.36,
                'm' | 'w' | 'M' | 'W' => 0.95,
                c if c.is_uppercase() => 0.75,
                _ => 0.64,
            })
            .sum();
        ems * self.font
    }

    /// `s` in lines no wider than `width`, broken between words (inside a word only when the
    /// word alone is wider); nothing is left out.
    fn wrap(&self, s: &str, width: f64) -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        let mut line = String::new();
        for word in s.split_whitespace() {
            let joined = if line.is_empty() {
                word.to_owned()
            } else {
                format!("{line} {word}")
            };
            if self.text_width(&joined) <= width || line.is_empty() {
                line = joined;
            } else {
                lines.push(std::mem::replace(&mut line, word.to_owned()));
            }
            while self.text_width(&line) > width && line.chars().count() > 1 {
                let keep = (1..line.chars().count())
                    .rev()
                    .find(|&n| self.text_width(&line.chars().take(n).collect::<String>()) <= width)
                    .unwrap_or(1);
                let rest: String = line.chars().skip(keep).collect();
                lines.push(line.chars().take(keep).collect());
                line = rest;
            }
        }
        if !line.is_empty() || lines.is_empty() {
            lines.push(line);
        }
        lines
    }

    fn open(&self, id: &str, height: f64, title: &str, desc: &str) -> String {
        let (name, width) = (self.name, self.width);
        format!(
            "<svg class=\"chart chart-{name}\" role=\"img\" aria-labelledby=\"{id}-{name}-title {id}-{name}-desc\" \
             viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" font-size=\"{}\" \
             xmlns=\"http://www.w3.org/2000/svg\">\n\
             <title id=\"{id}-{name}-title\">{}</title>\n<desc id=\"{id}-{name}-desc\">{}</desc>\n",
            self.font,
            escape_xml(title),
            escape_xml(desc)
        )
    }

    /// Lines of text from (`x`, `y`) down, anchored at `anchor`.
    fn lines(&self, svg: &mut String, lines: &[String], (x, y): (f64, f64), anchor: &str) {
        for (i, l) in lines.iter().enumerate() {
            let _ = writeln!(
                svg,
                "<text class=\"label\" x=\"{x:.0}\" y=\"{:.1}\" text-anchor=\"{anchor}\" fill=\"#1a1a1a\">{}</text>",
                y + self.line() * i as f64,
                escape_xml(l)
            );
        }
    }

    /// Horizontal bars on the scale of `max`, longest for the largest value.
    pub fn bars(&self, id: &str, (title, desc): (&str, &str), bars: &[Bar], max: f64) -> String {
        let values = bars
            .iter()
            .map(|b| self.text_width(&b.text))
            .fold(0.0, f64::max);
        let start = if self.label > 0.0 {
            self.label + 8.0
        } else {
            0.0
        };
        let room = (self.width - start - values - 8.0).max(self.width / 4.0);
        let label_width = if self.label > 0.0 {
            self.label - 8.0
        } else {
            self.width
        };
        let mut rows = String::new();
        let mut y = 4.0;
        for b in bars {
            let lines = self.wrap(&b.label, label_width);
            let text_height = self.line() * lines.len() as f64;
            let w = if max > 0.0 {
                (b.value.max(0.0) / max * room).max(1.0)
            } else {
                1.0
            };
            let _ = writeln!(
                rows,
                "<g><title>{}: {}</title>",
                escape_xml(&b.label),
                escape_xml(&b.text)
            );
            let (bar_y, next) = if self.label > 0.0 {
                let h = text_height.max(BAR + 6.0);
                self.lines(&mut rows, &lines, (self.label - 8.0, y + self.font), "end");
                (y + 1.0, y + h + GAP / 2.0)
            } else {
                self.lines(&mut rows, &lines, (0.0, y + self.font), "start");
                (y + text_height + 2.0, y + text_height + BAR + GAP + 2.0)
            };
            let _ = write!(
                rows,
                "<rect class=\"bar\" x=\"{start}\" y=\"{bar_y:.1}\" width=\"{w:.1}\" height=\"{BAR}\" fill=\"#9b1419\"/>\n\
                 <text class=\"value\" x=\"{:.1}\" y=\"{:.1}\" fill=\"#1a1a1a\">{}</text>\n</g>\n",
                start + w + 6.0,
                bar_y + BAR - 3.0,
                escape_xml(&b.text),
            );
            y = next;
        }
        let mut svg = self.open(id, y.ceil(), title, desc);
        svg.push_str(&rows);
        svg.push_str("</svg>");
        svg
    }

    /// A bar of `value` against a marked `target`, both on the scale of the larger, with the
    /// two written below it.
    fn progress(&self, id: &str, (title, desc): (&str, &str), p: &Progress) -> String {
        let room = self.width - 20.0;
        let scale = p.value.max(p.target).max(1.0);
        let w = (p.value.max(0.0) / scale * room).max(1.0);
        let t = p.target / scale * room + 10.0;
        let both = format!("{}   {}", p.value_text, p.target_text);
        let (value_lines, target_lines) = if self.text_width(&both) <= self.width {
            (vec![p.value_text.to_owned()], Vec::new())
        } else {
            (
                self.wrap(p.value_text, self.width),
                self.wrap(p.target_text, self.width),
            )
        };
        let lines = value_lines.len() + target_lines.len();
        let height = 44.0 + self.line() * lines as f64;
        let mut svg = self.open(id, height, title, desc);
        let _ = write!(
            svg,
            "<rect class=\"track\" x=\"10\" y=\"8\" width=\"{room}\" height=\"22\" fill=\"#e8e8e8\"/>\n\
             <rect class=\"bar\" x=\"10\" y=\"8\" width=\"{w:.1}\" height=\"22\" fill=\"#9b1419\"/>\n\
             <line class=\"target\" x1=\"{t:.1}\" y1=\"2\" x2=\"{t:.1}\" y2=\"36\" stroke=\"#1a1a1a\" stroke-width=\"3\"/>\n"
        );
        self.lines(&mut svg, &value_lines, (0.0, 40.0 + self.font), "start");
        if target_lines.is_empty() {
            let line = vec![p.target_text.to_owned()];
            self.lines(&mut svg, &line, (self.width, 40.0 + self.font), "end");
        } else {
            let y = 40.0 + self.font + self.line() * value_lines.len() as f64;
            self.lines(&mut svg, &target_lines, (0.0, y), "start");
        }
        svg.push_str("</svg>");
        svg
    }
}

/// Horizontal bars, longest for the largest value, in both layouts.
pub fn bars(id: &str, title: &str, desc: &str, bars: &[Bar]) -> String {
    let max = bars.iter().map(|b| b.value).fold(0.0, f64::max);
    let wide = WIDE.bars(id, (title, desc), bars, max);
    let narrow = NARROW.bars(id, (title, desc), bars, max);
    format!("{wide}\n{narrow}")
}

/// A figure against its target, as drawn by `progress`.
pub struct Progress<'a> {
    pub value: f64,
    pub target: f64,
    pub value_text: &'a str,
    pub target_text: &'a str,
}

/// A bar of a value against a marked target, in both layouts.
pub fn progress(id: &str, title: &str, desc: &str, p: &Progress) -> String {
    let wide = WIDE.progress(id, (title, desc), p);
    let narrow = NARROW.progress(id, (title, desc), p);
    format!("{wide}\n{narrow}")
}

#[cfg(test)]
mod tests;
