//! The command line in the editor's language: `--help` texts from the catalogues (each
//! argument's text is the message `cli-<command>-<argument>`), and clap's usage errors said
//! again in the catalogue's words.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};

use crate::messages::{Catalogue, MessageLang};
use crate::msg;

/// The editor's language, chosen before the arguments are parsed so that `--help` and usage
/// errors are in it too: `--lang`, `CAMPAIGN_SITE_LANG`, the site's default language, English.
pub fn message_lang(args: &[String]) -> (MessageLang, Option<crate::messages::Message>) {
    let value_of = |name: &str| {
        let prefix = format!("{name}=");
        args.iter()
            .enumerate()
            .find_map(|(i, a)| match a.strip_prefix(&prefix) {
                Some(v) => Some(v.to_string()),
                None if a == name => args.get(i + 1).cloned(),
                None => None,
            })
    };
    let flag = value_of("--lang").and_then(|v| MessageLang::from_code(&v));
    let root =
        value_of("--root").map_or_else(|| std::path::PathBuf::from("."), std::path::PathBuf::from);
    let env = std::env::var("CAMPAIGN_SITE_LANG").ok();
    let site = crate::config::default_language_code(&root);
    crate::messages::choose(flag, env.as_deref(), site.as_deref())
}

/// `command` with every help text, heading and usage line in the words of `catalogue`.
pub fn localise(command: Command, catalogue: &Catalogue) -> Command {
    let word = |id: &str| catalogue.text_by_id(id).unwrap_or_else(|| id.to_string());
    let template = format!(
        "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}\n",
        word("cli-usage")
    );
    let name = command.get_name().to_string();
    let usage = format!(
        "{name} [{}] <{}>",
        word("cli-options-usage"),
        word("cli-command")
    );
    let command = localise_one(command, &name, "", catalogue)
        .help_template(template.clone())
        .override_usage(usage)
        .subcommand_help_heading(word("cli-commands"))
        .subcommand_value_name(word("cli-command"))
        .disable_help_subcommand(true)
        .disable_help_flag(true)
        .disable_version_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .global(true)
                .action(ArgAction::Help)
                .help(word("cli-help"))
                .help_heading(word("cli-options")),
        )
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(word("cli-version"))
                .help_heading(word("cli-options")),
        );
    let subcommands: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    subcommands.iter().fold(command, |command, sub| {
        command.mut_subcommand(sub, |s| {
            let positionals: String = s
                .get_positionals()
                .map(|a| format!(" <{}>", value_name(a.get_id().as_str(), catalogue)))
                .collect();
            let usage = format!("{name} {sub} [{}]{positionals}", word("cli-options-usage"));
            localise_one(s, sub, &format!("{sub}-"), catalogue)
                .help_template(template.clone())
                .override_usage(usage)
        })
    })
}

/// The about text of `command` and the help of each of its own arguments.
fn localise_one(command: Command, name: &str, prefix: &str, catalogue: &Catalogue) -> Command {
    let word = |id: &str| catalogue.text_by_id(id);
    let about = if prefix.is_empty() {
        "cli-about".to_string()
    } else {
        format!("cli-{name}-about")
    };
    let mut command = match word(&about) {
        Some(text) => command.about(text),
        None => command,
    };
    let args: Vec<(String, bool)> = command
        .get_arguments()
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    for (id, positional) in args {
        let key = format!("cli-{prefix}{}", id.replace('_', "-"));
        let heading = word(if positional {
            "cli-arguments"
        } else {
            "cli-options"
        })
        .unwrap_or_default();
        let help = word(&key);
        command = command.mut_arg(&id, |a| {
            let a = match help {
                Some(text) => a.help(text),
                None => a,
            };
            let a = a.help_heading(heading);
            match a.get_action().takes_values() {
                true => a
                    .value_name(value_name(&id, catalogue))
                    .hide_default_value(true)
                    .hide_possible_values(true),
                false => a,
            }
        });
    }
    command
}

/// The placeholder of an argument's value in the help: `<THƯ_MỤC>`, `<DIR>`.
fn value_name(id: &str, catalogue: &Catalogue) -> String {
    let key = format!("cli-value-{}", id.replace('_', "-"));
    catalogue
        .text_by_id(&key)
        .unwrap_or_else(|| id.to_uppercase())
}

/// A usage error of clap in the catalogue's words; help and version texts are printed as clap
/// made them (from the localised command).
pub fn usage_error(e: &clap::Error, catalogue: &Catalogue) -> Option<String> {
    let context = |kind: ContextKind| match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(list)) => list.join(", "),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let argument = context(ContextKind::InvalidArg);
    let hint = |kind: ContextKind, make: fn(String) -> crate::messages::Message| match context(kind)
    {
        text if text.is_empty() => msg!("nothing"),
        text => make(text),
    };
    let suggestion = |kind| hint(kind, |s| msg!("cli-did-you-mean", suggestion = s));
    let message = match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => return None,
        ErrorKind::UnknownArgument => {
            msg!(
                "cli-unknown-argument",
                argument = argument,
                hint = suggestion(ContextKind::SuggestedArg)
            )
        }
        ErrorKind::InvalidSubcommand => msg!(
            "cli-unknown-command",
            command = context(ContextKind::InvalidSubcommand),
            hint = suggestion(ContextKind::SuggestedSubcommand)
        ),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => msg!(
            "cli-invalid-value",
            argument = argument,
            value = context(ContextKind::InvalidValue),
            hint = hint(ContextKind::ValidValue, |v| msg!(
                "cli-use-one-of",
                valid = v
            ))
        ),
        ErrorKind::MissingRequiredArgument => msg!("cli-missing-argument", argument = argument),
        ErrorKind::ArgumentConflict => msg!(
            "cli-conflict",
            argument = argument,
            other = context(ContextKind::PriorArg)
        ),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            msg!("cli-missing-command")
        }
        _ => msg!("cli-other", text = e.to_string().trim().to_string()),
    };
    Some(catalogue.text(&msg!("cli-error", text = message)))
}

/// The texts `command` needs that a catalogue lacks (`vi: cli-build-output`): a command
/// line argument added without its words in both languages.
pub fn missing_texts(command: &Command) -> Vec<String> {
    let mut missing = Vec::new();
    for lang in MessageLang::ALL {
        let catalogue = Catalogue::new(lang);
        let subs = std::iter::once(("cli-".to_string(), "cli-about".to_string(), command)).chain(
            command.get_subcommands().map(|s| {
                let name = s.get_name();
                (format!("cli-{name}-"), format!("cli-{name}-about"), s)
            }),
        );
        for (prefix, about, c) in subs {
            let keys = c.get_arguments().flat_map(|a| {
                let id = a.get_id().as_str().replace('_', "-");
                let value = a
                    .get_action()
                    .takes_values()
                    .then(|| format!("cli-value-{id}"));
                std::iter::once(format!("{prefix}{id}")).chain(value)
            });
            for key in std::iter::once(about).chain(keys) {
                if catalogue.text_by_id(&key).is_none() {
                    missing.push(format!("{}: {key}", lang.code()));
                }
            }
        }
    }
    missing
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_command_without_texts_is_found() {
        let command = Command::new("x").subcommand(Command::new("nothing-said"));
        assert!(missing_texts(&command).contains(&"vi: cli-nothing-said-about".to_string()));
    }
}
