# The messages of campaign-site in English. Each message is an id and its text; { $name }
# stands for an argument. Paths, keys and values are given as the editor wrote them.

raw = { $text }

## How a problem is printed

diagnostic-error = { $place }: { $text }
diagnostic-warning = { $place }: warning: { $text }
diagnostic-note = { $place }: note: { $text }

## The language of the messages

lang-env-unknown = CAMPAIGN_SITE_LANG is "{ $value }", a language campaign-site does not speak (it speaks vi and en); using the next choice

## Why an operating-system call failed

io-not-found = it does not exist
io-permission-denied = permission denied
io-already-exists = it already exists
io-storage-full = the disk is full
io-read-only = the disk is read-only
io-is-a-folder = it is a folder
io-not-a-folder = a part of the path is not a folder
io-invalid-data = it is not UTF-8 text
io-other = { $reason }

## The command line

cli-usage = Usage:
cli-commands = Commands
cli-command = COMMAND
cli-options-usage = OPTIONS
cli-options = Options
cli-arguments = Arguments
cli-help = Print help
cli-version = Print version
cli-about = Static sites for the results of emulation campaigns, in Vietnamese and English.
cli-root = The folder that holds site.yaml (default: the current folder)
cli-quiet = Print only problems (for scripts)
cli-verbose = Also print the time of each stage
cli-lang = The language of the messages: vi or en (else CAMPAIGN_SITE_LANG, else the site's default language, else English)
cli-build-about = Build the whole site into the output folder (public/ by default)
cli-build-output = Output folder; a relative path is taken from the current folder
cli-build-base-url = Use this address instead of base_url from site.yaml
cli-build-drafts = Publish pages marked draft: true
cli-check-about = Build in memory and report every problem, without writing anything
cli-serve-about = Serve the site on this computer, rebuilding and reloading the page on every change
cli-serve-port = The port to listen on (default: 1111)
cli-serve-bind = The address to listen on (default: 127.0.0.1, only this computer)
cli-serve-drafts = Publish pages marked draft: true
cli-new-about = Create a new article in every language: content/<SECTION>/<SLUG>.<lang>.md
cli-new-section = The section folder under content/, like news
cli-new-slug = The article's name, used for its file and web address
cli-new-bundle = Make a folder <SLUG>/ with index.<lang>.md files, for an article with photos
cli-init-about = Create a new site in DIR, ready to build as it is
cli-init-dir = The folder to create the site in (new or empty)
cli-schema-about = Write the JSON Schemas of site.yaml, front matter, campaign.yaml and unit files, for text editors that check YAML as it is typed
cli-schema-output = Output folder (.schemas/ in the site folder by default); a relative path is taken from the current folder
cli-value-root = DIR
cli-value-lang = LANG
cli-value-output = DIR
cli-value-base-url = URL
cli-value-port = PORT
cli-value-bind = ADDRESS
cli-value-section = SECTION
cli-value-slug = SLUG
cli-value-dir = DIR
cli-error = error: { $text }
cli-unknown-argument = there is no option { $argument }{ $hint }; see --help
cli-unknown-command = there is no command "{ $command }"{ $hint }; the commands are build, check, serve, new and init
cli-invalid-value = "{ $value }" is not a value { $argument } takes{ $hint }
cli-missing-argument = { $argument } is missing; see --help
cli-conflict = { $argument } cannot be used together with { $other }
cli-missing-command = say what to do: build, check, serve, new or init (see --help)
cli-other = { $text }
cli-did-you-mean = ; did you mean { $suggestion }?
cli-use-one-of = ; use one of: { $valid }
nothing = {""}

## What the commands print

tool-error = error: { $text }
build-failed = build failed: { $errors } { $errors ->
    [one] error
   *[other] errors
  }{ $unchecked }; the output folder was not changed
check-failed = check failed: { $errors } { $errors ->
    [one] error
   *[other] errors
  }{ $unchecked }; nothing was written
new-failed = new failed: { $errors } { $errors ->
    [one] error
   *[other] errors
  }{ $unchecked }; nothing was created
serve-failed = serve failed: { $errors } { $errors ->
    [one] error
   *[other] errors
  }{ $unchecked }
init-failed = init failed: { $errors } { $errors ->
    [one] error
   *[other] errors
  }{ $unchecked }
created-file = created { $path }
init-created = created a new site in { $dir } ({ $files } files)
init-next = build it with: campaign-site build --root { $dir }
schema-wrote = wrote { $path }
schema-failed = schema failed: { $errors } { $errors ->
    [one] error
   *[other] errors
  }{ $unchecked }

## The comments of a new article's front matter

new-comment-title = The article's title, shown atop its page and in lists
new-comment-date = When the article is published, written as 2023-09-07T21:28:00+07:00
new-comment-author = Who wrote the article
new-comment-no-author = Who wrote the article: write the name between the quotes
new-comment-category = The article's category, for example "Activities"; leave it empty for none
new-comment-tags = Tags, for example [initiatives, Thanh Hoa]; leave [] for none
new-comment-summary = The summary shown in lists; left empty, the first paragraph is used
new-comment-draft = A draft is not published; change it to false to publish the article
stage-time = {"  "}{ $stage }: { $millis } ms
build-summary = built { $articles } articles ({ $per_lang }), { $files } files into { $output } in { $millis } ms
check-summary = { $errors } { $errors ->
    [one] error
   *[other] errors
  }, { $warnings } { $warnings ->
    [one] warning
   *[other] warnings
  }{ $unchecked }
files-not-checked = , { $files } { $files ->
    [one] file
   *[other] files
  } could not be checked (more problems may show once those above are fixed)

## Articles and pages

content-date-not-a-date = date "{ $value }" is not a date; write it as { $suggestion }
content-date-write-as = { $form }
content-date-write-as-or-time = { $day } or, with the time, { $with_time }
content-date-not-in-zone = date { $date } does not exist in the site's timezone { $zone }
content-front-matter-toml = front matter must be YAML between two --- lines, not TOML between +++
content-front-matter-not-closed = the front matter starts with --- but is never closed; add a line with --- after it
content-address-too-long = { $what } makes a web address "{ $start }..." of { $length } characters, more than the { $max } a folder name may have; shorten it
content-the-file-name = the file name
content-key-no-letters = { $key }: "{ $value }" has no letters or digits to make a web address from; use words
content-slug-no-letters = slug "{ $value }" has no letters or digits to make a web address from
content-no-folder = there is no content/ folder; create it with the site's articles
content-cannot-read = cannot read: { $reason }
content-name-not-unicode = the file name is not valid Unicode; rename the file
content-language-not-declared = the language "{ $code }" of this file is not declared in site.yaml (languages: { $languages }); rename the file or add the language
content-inside-bundle = this Markdown file is inside the article bundle content/{ $bundle }/, which holds only its index files and photos; move it out of the folder
content-not-utf8 = the file is not UTF-8 text; save it as UTF-8
content-photo-no-file-name = the photo has no file name; write it as ![what the photo shows](photo.jpg "Caption.")
content-html-comment-not-closed = an HTML comment <!-- is opened here and never closed, so it hides the rest of the article on the published page; close it with -->
content-html-script = a script
content-html-style-sheet = a style sheet
content-html-style-attribute = a style attribute
content-html-form = a form
content-html-form-field = a form field
content-html-button = a button
content-html-javascript-link = a javascript: link
content-html-data-address = a data: address
content-html-embedded-object = an embedded object
content-html-svg = inline SVG
content-html-event-handler = an event handler (on...=)
content-html-frame = a frame whose address is not https:// on a host listed under embeds: in site.yaml
content-html-markup = markup a page must not carry
content-html-fix-embeds = list the video's host under embeds: in site.yaml, or link to it
content-html-fix-markdown = write the content in Markdown
content-html-list = { $list }; { $next }
content-html-removed = this HTML holds { $held }, which was removed from the published page; { $fix }
content-translation-draft = the { $language } translation content/{ $draft } is a draft; it is not published
content-translation-missing = there is no { $language } translation of this page; add { $file }
graph-campaign-unknown = campaign "{ $id }" does not exist (campaigns: { $campaigns }); use the name of a folder under content/results/
graph-unit-unknown = unit "{ $unit }" is not a unit of any campaign (units: { $units }); use the name of a file in a campaign's units/ folder
graph-unit-ambiguous = unit "{ $unit }" is in more than one campaign; add campaign: to say which
graph-none = none
graph-names = { $names }

## Links
links-outside-content = the link "{ $dest }" leads outside the content folder; link to a file inside content/
links-refused-script = the link "{ $dest }" runs a script, which a published page must not do; link to a page or a file instead
links-refused-scheme = the link "{ $dest }" uses "{ $scheme }:", which a published page may not link to (only { $schemes }); link to a page or a file instead
links-to-draft = the link "{ $dest }" leads to content/{ $draft }, which is a draft and is not published; remove the link or build with --drafts
links-missing-did-you-mean = the link "{ $dest }" leads to content/{ $target }, which does not exist; check the file name; did you mean "{ $similar }"?
links-missing = the link "{ $dest }" leads to content/{ $target }, which does not exist; check the file name

## Photos
photo-missing-did-you-mean = the photo "{ $dest }" is missing: there is no file content/{ $target }; check the file name, or put the photo beside the article; did you mean "{ $similar }"?
photo-missing = the photo "{ $dest }" is missing: there is no file content/{ $target }; check the file name, or put the photo beside the article
photo-cannot-be-used = the photo "{ $dest }" cannot be used: { $reason }
photo-cut-short = the photo is damaged: the file stops before the end of its picture (it was probably cut short while being copied); copy it again
photo-cannot-read = cannot read the photo: { $reason }
photo-too-many-bytes = the photo is { $size } MB, more than the { $max } MB a photo may have; make it smaller first
photo-not-a-photo = the file is not a JPEG, PNG or WebP photo
photo-too-many-pixels = the photo is { $width } x { $height } pixels, more than the { $max } megapixels a photo may have; make it smaller first
photo-cannot-be-read = the photo cannot be read: { $reason }
photo-changed = the photo changed while the site was being built; build again
photo-size-differs = the photo is damaged: its header says { $header } pixels, its picture is { $picture }
photo-cannot-create-cache = cannot create the cache folder: { $reason }
photo-damaged = the photo is damaged: { $reason }
photo-cannot-resize = the photo cannot be resized: { $reason }
photo-cannot-write = the photo cannot be written: { $reason }
photo-cannot-write-cache = cannot write to the cache: { $reason }
photo-no-alt = the photo "{ $written }" has no alt text; describe what it shows between the brackets: ![...]({ $written })
photo-image-cannot-be-used = image "{ $image }" cannot be used: { $reason }
photo-image-not-found-did-you-mean = image "{ $image }" is not a JPEG, PNG or WebP photo in the content folder; check the file name; did you mean "{ $similar }"?
photo-image-not-found = image "{ $image }" is not a JPEG, PNG or WebP photo in the content folder; check the file name
