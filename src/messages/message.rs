//! A message before it is put into words: its id in the catalogues and its arguments, ordered
//! so that problems sort and deduplicate the same way in every run.

use std::cmp::Ordering;
use std::path::{Path, PathBuf};

/// A message before it is put into words: its id in the catalogues and its arguments.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

/// One argument of a message. Texts (paths, keys, values as the editor wrote them) are shown as
/// they are; numbers are written in the notation of the message's language; a message inside a
/// message is put into words in the same language.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Int(i64),
    /// A decimal with this many digits after the separator.
    Decimal(f64, usize),
    Message(Box<Message>),
}

impl Message {
    pub fn new(id: &'static str, args: Vec<(&'static str, Arg)>) -> Self {
        Message { id, args }
    }

    pub fn id(&self) -> &'static str {
        self.id
    }

    pub fn args(&self) -> &[(&'static str, Arg)] {
        &self.args
    }

    /// This message with one more argument.
    pub fn with(mut self, key: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((key, value.into()));
        self
    }
}

/// `msg!("date-not-a-date", value = text)`: a message of the catalogues with its arguments.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $key:ident = $value:expr)* $(,)?) => {
        $crate::messages::message::Message::new(
            $id,
            vec![$((stringify!($key), $crate::messages::message::Arg::from($value))),*],
        )
    };
}

impl Eq for Message {}

impl Ord for Message {
    fn cmp(&self, other: &Self) -> Ordering {
        self.id.cmp(other.id).then_with(|| {
            let key = |m: &Message| m.args.iter().map(|(k, a)| (*k, a.sort_key())).collect();
            let (a, b): (Vec<_>, Vec<_>) = (key(self), key(other));
            a.cmp(&b)
        })
    }
}

impl PartialOrd for Message {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Arg {
    /// A total order, so problems sort and deduplicate the same way in every run.
    fn sort_key(&self) -> (u8, String) {
        match self {
            Arg::Text(t) => (0, t.clone()),
            Arg::Int(n) => (1, format!("{n:+021}")),
            Arg::Decimal(x, d) => (2, format!("{:030.*}", d, x)),
            Arg::Message(m) => (3, m.english()),
        }
    }
}

impl From<String> for Arg {
    fn from(t: String) -> Self {
        Arg::Text(t)
    }
}

impl From<&String> for Arg {
    fn from(t: &String) -> Self {
        Arg::Text(t.clone())
    }
}

impl From<&str> for Arg {
    fn from(t: &str) -> Self {
        Arg::Text(t.to_string())
    }
}

impl From<char> for Arg {
    fn from(c: char) -> Self {
        Arg::Text(c.to_string())
    }
}

/// Paths are shown with `/` on every system.
impl From<&Path> for Arg {
    fn from(p: &Path) -> Self {
        Arg::Text(display_path(p))
    }
}

impl From<&PathBuf> for Arg {
    fn from(p: &PathBuf) -> Self {
        Arg::from(p.as_path())
    }
}

impl From<PathBuf> for Arg {
    fn from(p: PathBuf) -> Self {
        Arg::from(p.as_path())
    }
}

impl From<Message> for Arg {
    fn from(m: Message) -> Self {
        Arg::Message(Box::new(m))
    }
}

macro_rules! int_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}

int_arg!(i32, i64, u8, u16, u32, u64, usize, i128, u128);

/// Paths are shown with `/` on every system, so messages read the same everywhere.
pub fn display_path(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}
