# The messages of campaign-site in English. Each message is an id and its text; { $name }
# stands for an argument. Paths, keys and values are given as the editor wrote them.

## How a problem is printed

diagnostic-error = { $place }: { $text }
diagnostic-warning = { $place }: warning: { $text }
diagnostic-note = { $place }: note: { $text }

## The language of the messages

lang-env-unknown = CAMPAIGN_SITE_LANG is "{ $value }", a language campaign-site does not speak (it speaks vi and en); using the next choice
language-name = { $code ->
    [vi] Vietnamese
    [en] English
   *[other] { $name }
  }

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
cli-check-drafts = Check the site as it is built with --drafts (drafts published)
cli-serve-about = Serve the site on this computer, rebuilding and reloading the page on every change
cli-serve-port = The port to listen on (default: 1111)
cli-serve-bind = The address to listen on (default: 127.0.0.1, only this computer)
cli-serve-drafts = Publish pages marked draft: true
cli-new-about = Create a new article in every language: content/<SECTION>/<SLUG>.<lang>.md
cli-new-section = The section folder under content/, like news
cli-new-slug = The article's name, used for its file and web address
cli-new-bundle = Make a folder <SLUG>/ with index.<lang>.md files, for an article with photos
cli-new-new-section = Start a new section: create the folder content/<SECTION>/
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
cli-unknown-command = there is no command "{ $command }"{ $hint }; the commands are build, check, serve, new, init, schema and import
cli-invalid-value = "{ $value }" is not a value { $argument } takes{ $hint }
cli-missing-argument = { $argument } is missing; see --help
cli-conflict = { $argument } cannot be used together with { $other }
cli-missing-command = say what to do: build, check, serve, new, init, schema or import (see --help)
cli-other = { $text }
cli-did-you-mean = ; did you mean { $suggestion }?
cli-use-one-of = ; use one of: { $valid }
nothing = {""}

## What the commands print

build-store-unreadable = the text of this article could not be read back from the build's temporary file: { $error }
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
stage-load = load
stage-parse-and-link = parse and link
stage-photos = photos
stage-render = render
stage-links-and-search = links and the search index
stage-write = write
search-index-size = {"  "}search index ({ $code }): { $pages } pages, { $kilobytes } KB in { $files } files
build-unchanged = nothing has changed since the last build: the { $files } files in { $output } are left as they are ({ $millis } ms)
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

## YAML

yaml-syntax = the YAML cannot be read here ({ $info }); check the indentation, colons and quotes
yaml-too-deep = the YAML cannot be read here: it is nested too deeply; write it flatter
yaml-nested-too-deep = the YAML is nested more than { $levels } levels deep here; write it flatter
yaml-unclosed-quote = a text in quotes is never closed; add the closing quote
yaml-alias-limit = the YAML repeats or nests its aliases (*name) too much to be read; write the values out
yaml-control-character = an invisible control character (U+{ $code }) is written here; delete it
yaml-key-twice = the key "{ $key }" is written twice in this map (first on line { $line }); keep one of them
yaml-at-path = { $path }: { $text }
yaml-colon-not-allowed = a colon stands where no key can start; check this line and the one above: a key needs a space after its colon (initiatives: 3666), and a text with ": " in it needs quotes
yaml-tab = a tab is used here; indent with spaces, never tabs
yaml-cannot-start = this character cannot start a value: indent with spaces, never tabs, and put a text that starts with @, ` or % in quotes
yaml-not-lined-up = this line does not line up with the keys around it, or a quote before it is not closed; check the indentation (spaces) and the quotes
yaml-list-not-closed = a list written in [ ] is not closed; add the ] or check the commas
yaml-map-not-closed = a map written in {"{"} {"}"} is not closed; add the {"}"} or check the commas
yaml-value-missing = a value is missing here; write it, or put the text in quotes
yaml-no-colon = a key here has no colon, or no space after its colon; write it as key: value
yaml-ends-early = the file ends in the middle of a value; check the last lines
yaml-unknown-key = unknown key "{ $key }"; the keys that can be used here are: { $known }
yaml-unknown-key-none = unknown key "{ $key }"; no keys can be used here
yaml-not-one-of = "{ $value }" is not one of: { $known }
yaml-missing-key = { $key } is missing; add it
yaml-too-large = the number is too large; check the figure
yaml-wrong-type = wrong type: found { $found }, but expected { $expected }
yaml-wrong-number = wrong number: `{ $value }`, but expected { $expected }
yaml-found-text = string { $value }
yaml-found-integer = integer `{ $value }`
yaml-found-float = floating point `{ $value }`
yaml-found-bool = boolean `{ $value }`
yaml-found-list = list
yaml-found-map = map
yaml-found-nothing = nothing
yaml-found-tag = a YAML tag (!name)
yaml-found-other = { $text }
yaml-expected-keys = a map of keys and values (key: value)
yaml-expected-whole = a whole number
yaml-expected-text = a text
yaml-expected-number = a number
yaml-expected-bool = true or false
yaml-expected-list = a list
yaml-expected-map = a map
yaml-expected-figure = a number, or a map like {"{"}value: 3666, qualifier: over{"}"}
yaml-expected-day = a date like 2023-09-01
yaml-expected-localized = a text, or a map of texts per language like {"{"}vi: ..., en: ...{"}"}
yaml-expected-other = { $text }
yaml-serde-other = { $text }
dates-not-a-date = date "{ $value }" is not a date; write it as { $suggestion }
dates-not-in-zone = date { $date } does not exist in the site's timezone { $zone }
dates-suggest-time = { $date }
dates-suggest-day = { $day } or, with the time, { $with_time }
yaml-list-for-figure = a list is written where a figure belongs; write one number
yaml-tag-for-figure = a YAML tag (!name) is written where a figure belongs; write the number alone
yaml-not-a-day = "{ $value }" is not a date; write it as year-month-day, like 2023-09-01

## Site settings and theme

config-no-site-yaml = no site.yaml in { $folder }; run campaign-site in the site's folder or give --root
config-not-utf8 = the file is not UTF-8 text (bad byte at offset { $offset }); save it as UTF-8
config-timezone = timezone "{ $value }" is not an offset from UTC; write it like "+07:00"
config-paginate-zero = paginate is 0; give the number of items per list page, like 20
config-theme-name = theme "{ $theme }" is not a folder name under themes/
config-text-undeclared-language = { $key } has a text for "{ $code }", which is not one of the languages
config-language-code = language code "{ $code }" is not a language code; use one in lower case, like vi, en or pt-br
config-languages-empty = languages is empty; declare at least one, like vi: {"{"}name: "Tiếng Việt"{"}"}
config-default-language-unknown = default_language "{ $code }" is not one of the languages ({ $languages }); add it under languages:
config-base-url-option = "{ $value }" is not a full web address; write it like https://example.org/
config-base-url = base_url "{ $value }" is not a full web address; write it like https://example.org/
config-embed-host = embeds: "{ $host }" is not a host name; write only the host, like www.youtube.com
config-image-outside = { $key }: "{ $file }" is not a path inside static/; write the file's name in static/, like logo.png, without a leading / or ..
config-image-folder = { $key }: static/{ $file } is a folder; name an image file in it
config-image-kind = { $key }: "{ $file }" is not an image; use a PNG, JPEG, WebP, SVG, GIF or AVIF file
config-image-missing = { $key }: there is no file static/{ $file }; put the image in the site's static/ folder or check the file name
config-image-missing-did-you-mean = { $key }: there is no file static/{ $file }; check the file name; did you mean "{ $similar }"?
locale-not-cldr-code = language code "{ $code }" is not a language code CLDR knows
locale-no-cldr-data = campaign-site has no CLDR data for the language "{ $code }", so it cannot write its numbers and dates; use a code CLDR has, like fr or de
locale-no-number-data = no number formats for "{ $code }": { $reason }
locale-no-date-data = no date data for "{ $locale }": { $reason }
locale-key = { $key }: { $problem }
locale-date-pattern = "{ $pattern }" { $why }; write a date pattern like "dd/MM/yyyy", "d MMMM yyyy" or "HH:mm - dd/MM/yyyy"
locale-date-empty = is empty
locale-date-letter = has the letter { $letter }, which is not a field of a publication date (write other text between single quotes)
locale-date-field-twice = has the field { $letter } twice
locale-date-not-pattern = is not a date pattern ({ $reason })
locale-date-two-forms = has one field in two forms (like MMM and MMMM)
locale-date-length = has a field of a length it cannot have (like MMMMMM)
locale-date-no-such-field = has a field a publication date does not have, like a time zone
locale-pattern-hole = { $key }: "{ $text }" has no {"{"}{ $hole }{"}"}; write it like "{ $example }"
theme-no-folder = theme "{ $theme }" has no folder { $folder }; create it or use theme: default
theme-cannot-read = cannot read: { $reason }
theme-not-utf8 = the file is not UTF-8 text; save it as UTF-8
theme-text-missing = the interface text "{ $key }" is missing for language "{ $code }"; add { $key }: "..." (see the built-in themes/default/i18n/{ $example }.yaml)
theme-no-i18n-file = the theme has no interface strings for { $name } ({ $code }); add this file, translated from another language's file
render-template-error = { $reason }
render-not-a-language = "{ $code }" is not one of the site's languages; numbers are written in those only
render-text-missing = the interface text "{ $key }" is missing for language "{ $lang }"; add { $key }: "..." to themes/{ $theme }/i18n/{ $lang }.yaml
theme-errors-no-pages = no page is made while the theme has errors, so the links and anchors of the pages are not checked yet
theme-text-absent = the interface text "{ $key }" is missing for language "{ $code }"

## Output and serve

tool-cannot-read = cannot read { $path }: { $reason }
tool-cannot-write = cannot write { $path }: { $reason }
tool-cannot-copy = cannot copy { $from } to { $to }: { $reason }
tool-cannot-create-folder = cannot create folder { $path }: { $reason }
tool-cannot-remove = cannot remove { $path }: { $reason }
tool-cannot-move = cannot move { $from } to { $to }: { $reason }
tool-cannot-swap = cannot swap { $a } and { $b }: { $reason }
tool-cannot-find-site-folder = cannot find the site folder { $path }: { $reason }
tool-cannot-open-lock = cannot open the lock file { $path }: { $reason }
tool-cannot-lock = cannot lock { $path }: { $reason }
tool-cannot-resolve = cannot resolve { $path }: { $reason }
tool-cannot-read-current-folder = cannot read the current folder: { $reason }
tool-link-outside = this is a link to { $target }, outside the site folder; copy what it should publish into the site instead
tool-link-nowhere = this link leads nowhere; remove it or make it point to a file of the site
tool-link-loops = this link leads back into a folder it is in, or nowhere; remove it
output-refused = refusing to use { $folder } as the output folder: { $why }; choose another --output
output-refused-site-folder = it is the site folder or holds it
output-refused-inside-source = it is inside the site's { $source }/ folder
output-refused-file = it is a file
output-refused-foreign = it was not made by campaign-site (it has no { $marker } file) and everything in it would be replaced
output-no-parent = { $folder } cannot be the output folder: it has no parent folder
output-locked = another build of this site is running and writing this output folder; gave up after waiting { $seconds } s for it (it holds { $lock }); try again when it has finished
output-file-is-folder = the output file /{ $file } is also a folder holding /{ $inner } (from { $origin }); rename one of them
output-file-twice = the output file /{ $file } is also made from { $origin }; rename one of them
output-name-not-unicode = the file name is not valid Unicode; rename the file
serve-no-address = cannot tell which address serve listens on: { $reason }
serve-port-in-use = port { $port } on { $bind } is already in use by another program; stop it or choose another port with --port { $next }
serve-cannot-listen = cannot listen on { $address }: { $reason }
serve-bad-timeout = { $variable } must be a number of milliseconds above 0, like 10000, not `{ $value }`
serve-cannot-watch-site = cannot watch the site's files: { $reason }
serve-cannot-watch = cannot watch { $path }: { $reason }
output-cache-is-link = this is a link; campaign-site keeps processed photos in this folder of the site, so remove the link (the folder is made again)
serve-overlay-title = campaign-site: the last change did not build
serve-not-found = not found
serve-reachable-by-all = warning: serving on { $address }, which every computer on your network can reach; use --bind 127.0.0.1 to keep it to this computer
serve-reachable-by-others = warning: serving on { $address }, which other computers on your network can reach; use --bind 127.0.0.1 to keep it to this computer
serve-on-every-interface = serving on { $address } (every network interface); on this computer: { $url } (press Ctrl+C to stop)
serve-serving = serving { $url } (press Ctrl+C to stop)
serve-cannot-answer = cannot answer a connection: { $reason }
serve-why-start = start
serve-why-changed = { $files }
serve-built = built in { $ms } ms: { $rendered } pages rendered, { $reused } unchanged, { $read } { $read ->
    [one] file
   *[other] files
} read ({ $why })
serve-folder-is-link = { $path } is a link, and serve writes nothing through a link
serve-in-memory = note: { $path } cannot be used ({ $reason }), so the pages being served are held in memory; at ten thousand articles that takes several times the memory of a build
serve-patched = { $pages } files made again in { $ms } ms (the page and the feed): only the body of { $why } changed
serve-build-failed = build failed in { $ms } ms ({ $why }); still serving the last good pages

## New, init and schema

new-bad-section-name = "{ $section }" is not a section folder name; use one like news or pages/about
new-slug-no-letters = "{ $slug }" has no letters or digits to make a file name from
new-slug-reserved = "{ $slug }" cannot be an article's name: index files are a section's (_index) or a bundle's (index); choose another name
new-article-exists = this article already exists and is left as it is; choose another name
new-section-ambiguous = "{ $given }" is the web address of more than one section: { $sections }; give the section's folder name
new-no-section-none-yet = there is no section "{ $given }", and the site has no sections yet; to start this one, add --new-section
new-no-section = there is no section "{ $given }"; the sections are: { $sections }; to start a new section, add --new-section
new-inside-bundle = content/{ $folder } is an article bundle or a campaign folder, not a section; a section cannot be inside it
new-folder-no-letters = the folder name "{ $name }" has no letters or digits to make a web address from; use words
new-section-address-taken = a new section content/{ $folder }/ would have the web address /{ $address }, which is that of the section { $other }; to write in that section, give its folder name { $other_dir }, or choose another name
init-not-empty = { $folder } is not empty; give a new folder for the site
schema-no-site-yaml = no site.yaml in { $folder }; run campaign-site in the site's folder, or give --root or --output
schema-not-a-folder = { $path } is a file, not a folder; give a folder for the schemas

## Articles and pages

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
content-no-front-matter = the article has no front matter; start it with ---, title: and date: lines, then ---
content-title-missing = title is missing; add a line like title: "..." to the front matter
content-date-missing = date is missing; add a line like date: 2023-09-07T21:28:00+07:00 to the front matter
graph-address-taken = the web address /{ $path } is also used by { $other }; give one of them another slug: or file name
content-folder-no-letters = the folder name "{ $name }" has no letters or digits to make a web address from; rename it or give its _index file a slug:
content-article-in-campaign = articles cannot be inside the campaign folder content/{ $dir }/ (only its _index files, campaign.yaml and units/); move it to a section such as news/ and name its unit with unit:
content-name-no-letters = the name "{ $name }" has no letters or digits to make a web address from; rename the file or add a slug: to its front matter

## Links
links-outside-content = the link "{ $dest }" leads outside the content folder; link to a file inside content/
links-refused-script = the link "{ $dest }" runs a script, which a published page must not do; link to a page or a file instead
links-refused-scheme = the link "{ $dest }" uses "{ $scheme }:", which a published page may not link to (only { $schemes }); link to a page or a file instead
links-to-draft = the link "{ $dest }" leads to content/{ $draft }, which is a draft and is not published; remove the link or build with --drafts
links-missing-did-you-mean = the link "{ $dest }" leads to content/{ $target }, which does not exist; check the file name; did you mean "{ $similar }"?
links-missing = the link "{ $dest }" leads to content/{ $target }, which does not exist; check the file name
links-page = the page { $page } { $problem }
links-page-outside = links to { $link }, which is outside the site's address { $base }
links-page-missing = links to { $link }, which does not exist
links-page-missing-similar = links to { $link }, which does not exist; did you mean "{ $similar }"?
links-page-no-anchor = links to { $link }, but that page has no anchor "{ $fragment }"

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

## Share cards
card-font-unreadable = the file is not a font that share cards can be drawn with; give the theme a TrueType or OpenType font (.ttf, .otf) that has every Vietnamese letter
card-no-font = the theme has no font for its share cards; put a TrueType or OpenType font (.ttf, .otf) in "{ $folder }"
card-not-drawn = the share card of { $page } cannot be drawn: { $reason }; check the theme's card.svg
card-cannot-be-kept = the share card "{ $file }" cannot be written to the cache: { $reason }

## Figures quoted from the data: {{ figure(...) }}
figure-unclosed = this figure is not closed before the end of its paragraph; write it whole, like {"{{"} figure(unit="lai-chau", metric="initiatives") {"}}"}
figure-expected-open = after {"{{"} figure, expected ( but found "{ $found }"; write it like {"{{"} figure(unit="lai-chau", metric="initiatives") {"}}"}
figure-expected-argument = expected an argument of the figure, like metric="initiatives", but found "{ $found }"
figure-expected-equals = expected = after { $name }, but found "{ $found }"; write it like { $name }="..."
figure-expected-value = { $name }= has no value: found "{ $found }"; write the value in quotes, like { $name }="..."
figure-expected-comma = expected a comma before the next argument, or ) {"}}"} to end the figure, but found "{ $found }"
figure-expected-close = expected {"}}"} after the ) of the figure, but found "{ $found }"
figure-unclosed-quote = the value of { $name } has no closing quote on its line; end it with the quote it starts with
figure-unknown-argument = a figure has no argument { $name }; its arguments are { $names }
figure-unknown-argument-did-you-mean = a figure has no argument { $name }; did you mean { $similar }?
figure-argument-twice = { $name } is given twice in this figure; keep one
figure-link-value = link is true or false, written without quotes, not "{ $value }"
figure-value-in-quotes = write the value of { $name } in quotes: { $name }="{ $value }"
figure-no-metric = the figure does not say what it shows; add metric=, like metric="initiatives"
figure-no-campaigns = the site has no campaign to take the figure from; add one under content/results/
figure-unit-nowhere = unit "{ $unit }" is not a unit of any campaign of the site (campaigns: { $campaigns }); use the name of a file in a campaign's units/ folder
figure-which-campaign = the site has several campaigns ({ $campaigns }); add campaign= to the figure to say which
figure-unknown-campaign = campaign "{ $campaign }" does not exist (campaigns: { $campaigns }); use the name of a folder under content/results/
figure-unknown-unit = unit "{ $unit }" is not a unit of campaign { $campaign } (units: { $units }); use the name of a file in its units/ folder
figure-unknown-metric = "{ $metric }" is not a metric of the campaign nor a figure the shortcode shows; use one of { $metrics }
figure-unknown-metric-did-you-mean = "{ $metric }" is not a metric of the campaign; did you mean "{ $similar }"?
figure-unknown-scope = scope is national or cluster, not "{ $scope }"
figure-no-award = metric="honours" counts the honours of one award; add award=, like award="giai-nguyen-duc-canh"
figure-argument-unused = { $name }= does not go with metric="{ $metric }"; remove it (of= goes with percent, target and total; scope= with rank; award= with honours; unit= not with total)
figure-rank-needs-unit = a rank is a unit's; add unit=, like unit="lai-chau"
figure-no-value = unit { $unit } has no figure for { $metric }; add it under values: in the unit's file, or quote another figure
figure-no-target = unit { $unit } has no target for { $metric }; add it under target: in the unit's file, or quote another figure
figure-no-campaign-target = campaign { $campaign } has no target for { $metric }; add it under target: in its campaign.yaml
figure-no-total = no unit of campaign { $campaign } has a figure for { $metric }, and the campaign has no published total of it
figure-no-rank = unit { $unit } has no rank: it has no published rank and no figure for { $metric }, the metric of the rankings
figure-no-cluster = unit { $unit } is in no emulation cluster, so it has no rank in one; add cluster: to its file, or leave out scope="cluster"
figure-award-unknown = award "{ $award }" is not declared under awards: in the campaign.yaml of { $campaign } (awards: { $awards }); use one of them

## Statistics

data-percent-contradicts = the reported percent of target for { $metric } is { $reported }%, but { $value } of a target of { $target } is { $computed }%; check the figures{ $hint }
data-percent-hint-exceeded = ; a source's "vượt { $reported }%" may mean it exceeded the target by { $reported }%, which is { $computed }% of it: then write { $write }
data-campaign-dates-reversed = the campaign starts on { $start }, after its end on { $end }; check the two dates
data-ranks-unverified = reported ranks cannot be verified yet: { $present } of { $expected } expected units are present
data-ranks-unverified-unknown = reported ranks cannot be verified yet: { $present } of an unknown number of expected units are present
data-too-many-units = units_expected is { $expected }, but { $present } units have a file; correct units_expected or remove the extra files
data-target-not-positive = the target for { $metric } is { $target }; a target must be more than 0
data-total-negative = the published total of { $metric } is { $total }; a figure cannot be negative
data-total-below-units = the published total of { $metric } is { $total }, but the { $present } units present already add up to { $sum }; check the published total and the units' figures
data-figure-negative = { $metric } is { $value }; a figure cannot be negative, write it without the minus sign or correct it
data-breakdown-over-total = the breakdown's { $metric } add up to { $sum }, more than the unit's total of { $total }; check the parts and the total
data-rank-national = national
data-rank-cluster = cluster
data-rank-contradicts = the reported { $which } rank is { $reported }, but by { $metric } the unit ranks { $computed }; check the rank or the figures
data-as-of-future = as_of { $date } is after today ({ $today }); figures cannot be reported ahead of time, check the date
data-as-of-before-start = as_of { $date } is before the campaign started on { $start }; check the date (the day the figures were counted)
data-as-of-long-after-end = as_of { $date } is more than a year after the campaign ended on { $end }; check the year
number-too-many-digits = the figure { $value } has too many digits; figures from -{ $max } to { $max } can be published exactly, check the number
number-grouped = "{ $value }" is written with a thousands separator; write { $meant } (digits only, no points, commas or spaces)
number-fraction-zero = "{ $value }" has a fraction, but this figure counts whole things; write { $meant }
number-fraction = "{ $value }" has a fraction, but this figure counts whole things; write the whole number, like { $meant }
number-scientific = "{ $value }" is a number in scientific notation; write it in digits: { $meant }
number-in-words = "{ $value }" is written with words; write it in digits: { $meant }
number-other-digits = "{ $value }" is written with digits of another script; write it with 0-9
number-text = "{ $value }" is a text where a number belongs; write the figure in digits without separators, like 3666
number-nan = "{ $value }" is not a figure (it means "not a number" or infinity); write the figure in digits, like 3666
number-percent-for-count = "{ $value }" is a percent; write the count itself here (percents of target are computed from counts and targets)
number-percent-sign = "{ $value }" has a % sign; write the number alone: { $bare }
number-decimal-comma = "{ $value }" is written with a decimal comma; write it with a point: { $meant }
number-text-decimal = "{ $value }" is a text where a number belongs; write it in digits, like 159 or 159.4
number-nothing = no figure is written here; write a number, or remove the key
number-list = a list is written where a number belongs; write one number
number-map = a map is written where a number belongs; write one number
number-alias = an alias (*name) is written where a number belongs; write the number
number-quoted = "{ $value }" is in quotes, which makes it a text; write the number without quotes: { $value }
data-metrics-empty = metrics is empty; declare what is measured, like initiatives: {"{"}label: ..., kind: count{"}"}
data-not-a-count = { $path }: { $value } is not a count of at least 1; check it
data-metric-undeclared = "{ $id }" is not one of the campaign's metrics ({ $metrics }); declare it under metrics: in campaign.yaml
data-metric-not-in-campaign = "{ $key }" is not one of the campaign's metrics ({ $metrics }); use one of them or declare it in { $file }
data-text-unknown-language = a text is given for "{ $code }", which is not one of the site's languages
data-cluster-undeclared = cluster "{ $id }" is not declared in { $file } (clusters: { $clusters }); add it under clusters:
data-cluster-undeclared-none = cluster "{ $id }" is not declared in { $file } (clusters: none); add it under clusters:
data-unit-kind-unknown = kind "{ $kind }" is not a kind of unit of this campaign ({ $kinds }); use one of them, or declare it under unit_kinds: in { $file }
data-successor-unknown = succeeded_by: "{ $id }" is not a unit of any campaign of the site (nor may a unit succeed itself); name the file of the unit that continues this one, without .yaml
data-recipient-blank = { $path }: a recipient's name is empty; write the name, or leave the recipient out
data-successor-cycle = succeeded_by: this unit is continued by { $path }, which comes back to it; a unit cannot succeed itself through others, so one of these succeeded_by: is wrong
data-award-undeclared = award "{ $id }" is not declared under awards: in campaign.yaml (awards: { $awards }); declare it there or correct the id
data-honour-no-count = an honour needs a count: write collectives:, individuals:, both, or total: when the source does not tell them apart
data-honour-total = total: is { $total }, but the counts of collectives and individuals make { $parts }; total: counts both together
data-honour-negative = { $path }: { $value } is not a count; a count cannot be negative
data-honour-more-listed = { $what ->
    [collectives] { $listed } collectives are listed as recipients, but collectives: counts { $counted }; a list may leave some out, but may not be longer than the count
    [individuals] { $listed } individuals are listed as recipients, but individuals: counts { $counted }; a list may leave some out, but may not be longer than the count
   *[all] { $listed } recipients are listed, but collectives and individuals count { $counted } together; a list may leave some out, but may not be longer than the count
}
data-source-not-web = { $path }: "{ $url }" is not the address of a web page; write it in full, starting with https://
data-colon-without-space = "{ $key }" has no space after its colon, so it is read as one name; write { $name }: { $figure }
data-comma-splits-map = "{ $written }" is read as several entries, because a comma separates the entries of a {"{"}...{"}"} map; { $meant }
data-comma-meant-decimal = write it with a point: { $meant }
data-comma-meant-whole = write { $meant } without separators
data-stray-yaml = this YAML file is neither a campaign.yaml nor a unit file in a campaign's units/ folder; move it, or put it in static/ to publish it as is
data-unit-without-campaign = this unit file has no campaign: there is no content/{ $dir }/campaign.yaml beside its units/ folder
data-file-empty = the file is empty; { $what }
data-campaign-needs = a campaign.yaml needs at least name: and metrics:
data-unit-needs = a unit file needs name:, kind: and values:
data-units-not-checked = the { $count } unit { $count ->
    [one] file of this campaign is
   *[other] files of this campaign are
  } not checked until the problems of this file are fixed

## import: a spreadsheet read into unit files

cli-import-about = Read a spreadsheet (.xlsx, .xls, .ods, .csv) of a campaign's results into its unit files; without --write, only show what would change
cli-import-file = The spreadsheet: .xlsx, .xls, .ods or .csv
cli-import-campaign = The campaign: its folder name under content/results/
cli-import-sheet = The sheet to read (the first by default)
cli-import-map = A map file saying which column holds which figure, for headers the campaign's labels do not name
cli-import-write = Write the unit files (without it, nothing is written)
cli-import-new-units = Create a unit file for a name that matches no unit
cli-import-kind = The kind of the units created by --new-units: province, sector or a kind of unit_kinds
cli-import-source-title = The title of the source to add to each unit file that changes
cli-import-source-url = The web address of that source
cli-value-file = FILE
cli-value-campaign = ID
cli-value-sheet = SHEET
cli-value-map = MAP.yaml
cli-value-kind = KIND
cli-value-source-title = TITLE
cli-value-source-url = URL
import-failed = import failed: { $errors } { $errors ->
    [one] error
   *[other] errors
  }{ $unchecked }; nothing was written
import-unreadable = this file cannot be read as a spreadsheet: it may be damaged, or not be the kind of file its name says (details: { $reason })
import-csv-unreadable = this CSV file cannot be read: { $reason }
import-reason = { $text }
import-csv-has-no-sheets = this is a CSV file, which has no sheets; leave out --sheet
import-unknown-format = this is not a spreadsheet campaign-site reads; save it as .xlsx, .xls, .ods or .csv
import-no-such-sheet = there is no sheet "{ $sheet }" in this file; its sheets are: { $sheets }
import-no-sheets = this file has no sheets
import-map-scale = a scale is a number above 0 or a word: thousand, million, billion (nghìn, triệu, tỷ)
import-map-target = "{ $to }" is not a place of a unit file; use one of: { $targets }
import-map-unit-id = "{ $id }" is not a file name of a unit: write it as the unit file is named, without .yaml (ha-noi, dak-lak)
import-map-unit-unknown = no unit of campaign { $campaign } has the file name "{ $id }"; correct it, or give --new-units to create it
import-map-unit-twice = "{ $name }" is already under units: (as { $first }); capitals and marks do not make two names
import-file-missing = there is no such file; the sheet is looked for from the folder you are in ({ $folder }), not from --root
import-no-campaigns = there is no campaign "{ $id }": no campaign.yaml was found under content/
import-no-such-campaign = there is no campaign "{ $id }"; the campaigns are: { $campaigns }
import-cluster-unknown = "{ $text }" is not a cluster of campaign.yaml; its clusters are: { $clusters }
import-not-a-number = "{ $text }" is not a number: the unit file keeps this figure as it is (none, if it has none)
import-text-number = the text "{ $text }" is read as { $value }
import-fractions = this percent column holds fractions of one ({ $example } for { $percent }%): each is read times 100
import-percent-contradicts = the sheet's { $reported }% is not { $value } of a target of { $target }, which is { $computed }%{ $hint }; correct the cell, or leave the column out with skip in a map file
import-percent-fraction-hint = {" "}(the cell seems to hold a fraction of one: { $reported } for { $computed }%)
import-negative = { $value } is below zero; a figure is never negative
import-not-a-rank = { $value } is not a rank: a rank is a whole number from 1
import-percent-in-figure = a percent is not a figure to store: percent columns go to reported.percent_of_target (see the map file's reference)
import-not-whole = { $value } is not a whole number; counts and money are stored whole (check the column's scale; in a text cell a point groups the thousands: 3.666)
import-english-number = "{ $text }" is grouped the English way; in a text cell a point groups the thousands and a comma marks the decimals (1.234.567), or make the cell a number
import-target-zero = a target of 0 is no target; leave the cell empty for a unit that has none
import-cannot-edit = this unit file could not be changed so that it reads back as the sheet says; nothing was written: please report this
import-no-header = no header found in the first 30 rows: the header names the column of units ("Đơn vị", "Unit") and at least one figure by its label in campaign.yaml ({ $labels }); for other headers, give a map file with --map
import-column-twice = columns { $first } and { $second } both hold { $target }; say in a map file (--map) which one is meant and mark the other skip
import-currency = column "{ $label }" is in { $named }, but { $key } counts in { $currency } (campaign.yaml); convert its figures to { $currency } first, or leave the column out with skip in a map file
import-nothing-written = nothing was written
import-nothing-to-change = every unit file already has these figures: nothing to change
import-dry-run = this was a dry run: nothing was written; add --write to write { $files } { $files ->
    [one] file
   *[other] files
  }
import-locked = another import into this site is still running; gave up after waiting { $seconds } s for it; try again when it has finished
import-source-not-web = "{ $url }" is not the address of a web page; write it in full, starting with https://
import-source-needs-title = a source needs a title: give --source-title "…" with --source-url
import-read-only = { $path } is read-only; make it writable first, or leave its unit out of the sheet
import-wrote = wrote { $files } { $files ->
    [one] file
   *[other] files
  }; now run campaign-site check
import-no-name = this row has figures but no unit name
import-name-several = "{ $name }" could be more than one unit: { $units }; give the names in a map file (units:)
import-unit-twice = a second row for { $unit } (the first is { $first })
import-name-unknown = "{ $name }" is no unit of campaign { $campaign }{ $hint }; add it to the map file (units:), or create it with --new-units --kind KIND
import-did-you-mean = ; did you mean "{ $name }"?
import-new-needs-kind = --new-units needs the kind of the new units: give --kind (province, sector...) or kind: in the map file
import-name-no-id = "{ $name }" gives no file name; write the unit's name with letters or digits
import-name-unfit = "{ $name }" cannot be the name of a new unit: a name is one line of at most about a hundred letters
import-read-sheet = { $file }, sheet "{ $sheet }":
import-read-csv = { $file }:
import-above-one = row 1 is above the header (a title): not read
import-above = rows 1–{ $last } are above the header (a title): not read
import-header = the header is in rows { $first }–{ $last }
import-header-one = the header is in row { $row }
import-no-rows = no row below the header names a unit with its figures: there is nothing to import
import-column-unused = column "{ $label }" is not read: no metric of campaign.yaml is named so; name it in a map file (--map), or mark it skip there
import-column-ordinal = column { $column } "{ $label }": row numbers, not read
import-column-skip = column { $column } "{ $label }": left out, as the map file says
import-column-name = column { $column } "{ $label }": the names of the units
import-scale = {" "}(times { $scale })
import-by-map = {" "}(by the map file)
import-column = column { $column } "{ $label }" -> { $key }{ $scale }{ $how }
import-rows = { $count } { $count ->
    [one] row
   *[other] rows
  } read as units: { $rows }
import-blank-rows = blank rows, not read: { $rows }
import-why-column-numbers = it numbers the columns
import-why-totals = it is the sheet's own total ("{ $text }"): the build computes totals
import-why-no-figures = it has no figures ("{ $text }")
import-row-skipped = row { $row } is not read: { $why }
import-cell-line = { $cell }: { $text }
import-unit-new = { $unit }: a new file, { $path }
import-unit-same = { $unit }: unchanged
import-unit-faulty = { $unit }: not changed, as its row has errors (below)
import-unit-changed = { $unit } ({ $path }):
import-change = {"    "}{ $key }: { $old } -> { $new }
import-change-added = {"    "}{ $key }: { $new }
import-comments-lost = the comments of this file cannot be kept: its layout makes the import write it whole
import-units-absent = { $count } { $count ->
    [one] unit
   *[other] units
  } of the campaign not in the sheet, left as they are: { $units }
