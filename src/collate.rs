//! Sorting names in the reader's alphabet (Vietnamese: a ă â b c d đ ..., tones second) with ICU4X.

use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};
use icu_locale_core::Locale;

/// A collator for a language code; the root order when the code is unknown to ICU.
pub fn collator(code: &str) -> CollatorBorrowed<'static> {
    let prefs = Locale::try_from_str(code)
        .map(|l| (&l).into())
        .unwrap_or_default();
    Collator::try_new(prefs, CollatorOptions::default())
        .or_else(|_| Collator::try_new(Default::default(), CollatorOptions::default()))
        .expect("the root collation is compiled in")
}

/// Sorts `items` by the name `key` gives, in the order readers of `code` expect.
pub fn sort_by_name<T>(items: &mut [T], code: &str, key: impl Fn(&T) -> &str) {
    let c = collator(code);
    items.sort_by(|a, b| c.compare(key(a), key(b)).then_with(|| key(a).cmp(key(b))));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_order_is_not_code_point_order() {
        let mut names = vec![
            "Yên Bái",
            "Đắk Lắk",
            "Hà Nội",
            "Đà Nẵng",
            "Cần Thơ",
            "An Giang",
        ];
        sort_by_name(&mut names, "vi", |s| s);
        assert_eq!(
            names,
            [
                "An Giang",
                "Cần Thơ",
                "Đà Nẵng",
                "Đắk Lắk",
                "Hà Nội",
                "Yên Bái"
            ]
        );
    }
}
