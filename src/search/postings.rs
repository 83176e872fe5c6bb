//! The pages of one key: compact while a language's index is made (a few bytes for most keys,
//! whatever tier they are in), then written as the reader's browser reads them.

use super::docs::TIERS;

/// The digits of the page lists: 5 bits of a number per character, with a sixth bit saying
/// that more characters of the same number follow.
const DIGITS: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The pages of one key, ascending, each with the first tier it is found in: as
/// `distance << 2 | tier` in LEB128 bytes, the distance of the first page being its id and of
/// each next one its distance from the one before, less one.
#[derive(Default)]
pub struct Postings {
    bytes: Vec<u8>,
    last: u32,
}

impl Postings {
    /// Notes `page` (above every page noted before) in `tier`.
    pub fn push(&mut self, page: u32, tier: usize) {
        let distance = match self.bytes.is_empty() {
            true => page,
            false => page - self.last - 1,
        };
        self.last = page;
        let mut n = (u64::from(distance) << 2) | tier as u64;
        while n >= 0x80 {
            self.bytes.push((n as u8) | 0x80);
            n >>= 7;
        }
        self.bytes.push(n as u8);
    }

    /// The pages with their tiers, in order.
    fn pages(&self) -> impl Iterator<Item = (u32, usize)> + '_ {
        let (mut at, mut last) = (0, None::<u32>);
        std::iter::from_fn(move || {
            let (mut n, mut shift) = (0u64, 0);
            loop {
                let byte = *self.bytes.get(at)?;
                at += 1;
                n |= u64::from(byte & 0x7f) << shift;
                shift += 7;
                if byte < 0x80 {
                    break;
                }
            }
            let distance = (n >> 2) as u32;
            let page = last.map_or(distance, |l| l + distance + 1);
            last = Some(page);
            Some((page, (n & 3) as usize))
        })
    }

    /// The numbers of each tier's list as a bucket writes them (the first page as it is, each
    /// next as its distance from the one before, less one), `None` between tiers.
    fn numbers(&self) -> impl Iterator<Item = Option<u32>> + '_ {
        (0..TIERS).flat_map(move |tier| {
            let mut last = None::<u32>;
            let list = self
                .pages()
                .filter(move |&(_, t)| t == tier)
                .map(move |(page, _)| {
                    let n = last.map_or(page, |l| page - l - 1);
                    last = Some(page);
                    Some(n)
                });
            (tier > 0).then_some(None).into_iter().chain(list)
        })
    }

    /// Writes the three tiers' lists in [`DIGITS`], `,` between tiers: `"A,,BAC"` is page 0 in
    /// the title and pages 1, 1 + 0 + 1... in the text.
    pub fn write(&self, out: &mut String) {
        for n in self.numbers() {
            match n {
                None => out.push(','),
                Some(mut n) => loop {
                    let digit = (n & 31) as usize;
                    n >>= 5;
                    if n == 0 {
                        out.push(DIGITS[digit] as char);
                        break;
                    }
                    out.push(DIGITS[digit | 32] as char);
                },
            }
        }
    }

    /// How many characters [`Postings::write`] writes.
    pub fn written_len(&self) -> usize {
        let len = |n: u32| (32 - n.leading_zeros()).div_ceil(5).max(1) as usize;
        self.numbers().map(|n| n.map_or(1, len)).sum()
    }
}

/// The page lists of a bucket's key, per tier.
#[cfg(test)]
pub fn decode(text: &str) -> Vec<Vec<u32>> {
    text.split(',')
        .map(|tier| {
            let (mut out, mut n, mut shift, mut last) = (Vec::new(), 0u32, 0, None::<u32>);
            for c in tier.bytes() {
                let d = DIGITS.iter().position(|&x| x == c).expect("a digit") as u32;
                n |= (d & 31) << shift;
                shift += 5;
                if d < 32 {
                    let id = last.map_or(n, |l| l + n + 1);
                    out.push(id);
                    (last, n, shift) = (Some(id), 0, 0);
                }
            }
            out
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_come_back_by_tier_in_few_characters() {
        let mut p = Postings::default();
        for (page, tier) in [(0, 2), (3, 0), (4, 2), (40, 1), (70_000, 2)] {
            p.push(page, tier);
        }
        let mut text = String::new();
        p.write(&mut text);
        assert_eq!(decode(&text), vec![vec![3], vec![40], vec![0, 4, 70_000]]);
        assert_eq!(text.len(), p.written_len(), "{text}");
        assert!(text.starts_with("D,"), "page 3 is one character: {text}");
    }
}
