//! The editor's language: every message the tool prints is an id with its arguments, put into
//! words only when it is printed, from the Fluent catalogue of the language the editor reads
//! (`vi.ftl`, `en.ftl`). The stages never choose a language; the command that prints does.

mod catalogue;
mod choose;
pub mod message;

pub use catalogue::Catalogue;
pub use choose::{MessageLang, choose};
pub use message::{Arg, Message, display_path};

use crate::msg;

/// The reason an operating-system call failed, in the editor's words where the kind is common.
pub fn io_reason(e: &std::io::Error) -> Message {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => msg!("io-not-found"),
        K::PermissionDenied => msg!("io-permission-denied"),
        K::AlreadyExists => msg!("io-already-exists"),
        K::StorageFull => msg!("io-storage-full"),
        K::ReadOnlyFilesystem => msg!("io-read-only"),
        K::IsADirectory => msg!("io-is-a-folder"),
        K::NotADirectory => msg!("io-not-a-folder"),
        K::InvalidData => msg!("io-invalid-data"),
        _ => msg!("io-other", reason = e.to_string()),
    }
}

#[cfg(test)]
mod tests;
