# Thông báo của campaign-site bằng tiếng Việt. Mỗi thông báo có một mã và lời của nó;
# { $ten } là chỗ của một giá trị. Đường dẫn, khóa và giá trị giữ nguyên như người biên tập viết.

## Cách in một lỗi

diagnostic-error = { $place }: { $text }
diagnostic-warning = { $place }: cảnh báo: { $text }
diagnostic-note = { $place }: lưu ý: { $text }

## Ngôn ngữ của thông báo

lang-env-unknown = CAMPAIGN_SITE_LANG là "{ $value }", một ngôn ngữ campaign-site không dùng (chỉ có vi và en); dùng lựa chọn tiếp theo
language-name = { $code ->
    [vi] tiếng Việt
    [en] tiếng Anh
   *[other] { $name }
  }

## Vì sao hệ điều hành từ chối

io-not-found = không có tệp hoặc thư mục này
io-permission-denied = không có quyền truy cập
io-already-exists = đã có sẵn
io-storage-full = ổ đĩa đã đầy
io-read-only = ổ đĩa chỉ cho đọc
io-is-a-folder = đây là một thư mục
io-not-a-folder = một phần của đường dẫn không phải thư mục
io-invalid-data = đây không phải văn bản UTF-8
io-other = { $reason }

## Dòng lệnh

cli-usage = Cách dùng:
cli-commands = Lệnh
cli-command = LỆNH
cli-options-usage = TÙY CHỌN
cli-options = Tùy chọn
cli-arguments = Tham số
cli-help = In hướng dẫn này
cli-version = In số phiên bản
cli-about = Tạo trang web tĩnh cho kết quả các phong trào thi đua, bằng tiếng Việt và tiếng Anh.
cli-root = Thư mục chứa tệp site.yaml (mặc định: thư mục hiện tại)
cli-quiet = Chỉ in các lỗi (dùng trong tập lệnh)
cli-verbose = In thêm thời gian của từng bước
cli-lang = Ngôn ngữ của thông báo: vi hoặc en (nếu không có thì theo CAMPAIGN_SITE_LANG, rồi theo ngôn ngữ mặc định của trang, cuối cùng là tiếng Anh)
cli-build-about = Dựng toàn bộ trang web vào thư mục xuất bản (mặc định là public/)
cli-build-output = Thư mục xuất bản; đường dẫn tương đối tính từ thư mục hiện tại
cli-build-base-url = Dùng địa chỉ này thay cho base_url trong site.yaml
cli-build-drafts = Đăng cả các bài có draft: true (bản nháp)
cli-check-about = Dựng thử trong bộ nhớ và báo mọi lỗi, không ghi tệp nào
cli-check-drafts = Kiểm tra trang như khi dựng với --drafts (có cả bản nháp)
cli-serve-about = Chạy trang web trên máy này, dựng lại và tải lại trang mỗi khi có thay đổi
cli-serve-port = Cổng để nghe (mặc định: 1111)
cli-serve-bind = Địa chỉ để nghe (mặc định: 127.0.0.1, chỉ máy này)
cli-serve-drafts = Hiện cả các bài có draft: true (bản nháp)
cli-new-about = Tạo bài viết mới bằng mọi ngôn ngữ: content/<MỤC>/<TÊN>.<ngôn ngữ>.md
cli-new-section = Thư mục của chuyên mục trong content/, ví dụ news
cli-new-slug = Tên bài viết, dùng cho tên tệp và địa chỉ web
cli-new-bundle = Tạo thư mục <TÊN>/ với các tệp index.<ngôn ngữ>.md, cho bài viết có ảnh
cli-new-new-section = Mở một chuyên mục mới: tạo thư mục content/<MỤC>/
cli-init-about = Tạo một trang web mới trong THƯ_MỤC, dựng được ngay
cli-init-dir = Thư mục để tạo trang web (mới hoặc đang trống)
cli-schema-about = Ghi các JSON Schema của site.yaml, phần đầu bài viết, campaign.yaml và tệp đơn vị, để trình soạn thảo kiểm tra YAML ngay khi gõ
cli-schema-output = Thư mục ghi (mặc định là .schemas/ trong thư mục trang); đường dẫn tương đối tính từ thư mục hiện tại
cli-value-root = THƯ_MỤC
cli-value-lang = NGÔN_NGỮ
cli-value-output = THƯ_MỤC
cli-value-base-url = ĐỊA_CHỈ
cli-value-port = CỔNG
cli-value-bind = ĐỊA_CHỈ
cli-value-section = MỤC
cli-value-slug = TÊN
cli-value-dir = THƯ_MỤC
cli-error = lỗi: { $text }
cli-unknown-argument = không có tùy chọn { $argument }{ $hint }; xem --help
cli-unknown-command = không có lệnh "{ $command }"{ $hint }; các lệnh là build, check, serve, new, init, schema và import
cli-invalid-value = { $argument } không nhận giá trị "{ $value }"{ $hint }
cli-missing-argument = thiếu { $argument }; xem --help
cli-conflict = không dùng được { $argument } cùng với { $other }
cli-missing-command = hãy cho biết cần làm gì: build, check, serve, new, init, schema hoặc import (xem --help)
cli-other = { $text }
cli-did-you-mean = ; có phải ý bạn là { $suggestion }?
cli-use-one-of = ; hãy dùng một trong: { $valid }
nothing = {""}

## Các lệnh in ra

build-store-unreadable = không đọc lại được nội dung bài này từ tệp tạm của lần dựng: { $error }
tool-error = lỗi: { $text }
build-failed = dựng không thành công: { $errors } lỗi{ $unchecked }; thư mục xuất bản giữ nguyên như cũ
check-failed = kiểm tra không thành công: { $errors } lỗi{ $unchecked }; không tệp nào được ghi
new-failed = không tạo được bài: { $errors } lỗi{ $unchecked }; không tệp nào được tạo
serve-failed = không chạy được trang: { $errors } lỗi{ $unchecked }
init-failed = không tạo được trang web: { $errors } lỗi{ $unchecked }
created-file = đã tạo { $path }
init-created = đã tạo trang web mới trong { $dir } ({ $files } tệp)
init-next = dựng trang bằng lệnh: campaign-site build --root { $dir }
schema-wrote = đã ghi { $path }
schema-failed = không ghi được schema: { $errors } lỗi{ $unchecked }

## Lời chú thích trong phần đầu của bài viết mới

new-comment-title = Tiêu đề bài viết, hiện ở đầu trang và trong danh sách bài
new-comment-date = Ngày giờ đăng bài, dạng 2023-09-07T21:28:00+07:00
new-comment-author = Tác giả bài viết
new-comment-no-author = Tác giả bài viết: điền tên vào giữa hai dấu ngoặc kép
new-comment-category = Chuyên mục của bài, ví dụ "Tin hoạt động"; để trống nếu không có
new-comment-tags = Từ khóa, ví dụ [sáng kiến, Thanh Hóa]; để [] nếu không có
new-comment-summary = Tóm tắt hiện trong danh sách bài; để trống thì dùng đoạn văn đầu tiên
new-comment-draft = Bản nháp chưa được đăng; đổi thành false để đăng bài
stage-time = {"  "}{ $stage }: { $millis } ms
stage-load = đọc tệp
stage-parse-and-link = phân tích và liên kết
stage-photos = ảnh
stage-render = tạo trang
stage-links-and-search = kiểm tra liên kết và chỉ mục tìm kiếm
stage-write = ghi ra thư mục
search-index-size = {"  "}chỉ mục tìm kiếm ({ $code }): { $pages } trang, { $kilobytes } KB trong { $files } tệp
build-unchanged = không có gì thay đổi từ lần dựng trước: { $files } tệp trong { $output } được giữ nguyên ({ $millis } ms)
build-summary = đã dựng { $articles } bài viết ({ $per_lang }), { $files } tệp vào { $output } trong { $millis } ms
check-summary = { $errors } lỗi, { $warnings } cảnh báo{ $unchecked }
files-not-checked = , { $files } tệp chưa kiểm tra được (có thể còn lỗi khác, sẽ hiện ra khi sửa xong các lỗi trên)

## YAML

yaml-syntax = không đọc được YAML ở chỗ này ({ $info }); hãy kiểm tra thụt lề, dấu hai chấm và dấu ngoặc kép
yaml-too-deep = không đọc được YAML ở chỗ này: các mục lồng vào nhau quá nhiều tầng; hãy viết gọn lại, ít tầng hơn
yaml-nested-too-deep = YAML ở chỗ này lồng nhau hơn { $levels } tầng; hãy viết gọn lại, ít tầng hơn
yaml-unclosed-quote = một đoạn chữ mở dấu ngoặc kép nhưng không đóng lại; hãy thêm dấu ngoặc đóng
yaml-alias-limit = YAML lặp lại hoặc lồng các bí danh (*tên) quá nhiều nên không đọc được; hãy viết thẳng các giá trị ra
yaml-control-character = ở đây có một ký tự điều khiển không nhìn thấy được (U+{ $code }); hãy xóa nó đi
yaml-key-twice = khóa "{ $key }" được viết hai lần trong cùng một nhóm (lần đầu ở dòng { $line }); hãy giữ lại một
yaml-at-path = { $path }: { $text }
yaml-colon-not-allowed = có dấu hai chấm ở chỗ không thể bắt đầu một khóa; hãy kiểm tra dòng này và dòng trên: sau dấu hai chấm của khóa phải có một dấu cách (initiatives: 3666), và đoạn chữ có ": " bên trong phải đặt trong dấu ngoặc kép
yaml-tab = ở đây có dùng phím Tab; hãy thụt lề bằng dấu cách, không dùng Tab
yaml-cannot-start = ký tự này không thể đứng đầu một giá trị: hãy thụt lề bằng dấu cách, không dùng Tab, và đặt đoạn chữ bắt đầu bằng @, ` hoặc % trong dấu ngoặc kép
yaml-not-lined-up = dòng này không thẳng hàng với các khóa xung quanh, hoặc một dấu ngoặc kép phía trước chưa được đóng; hãy kiểm tra thụt lề (dấu cách) và các dấu ngoặc kép
yaml-list-not-closed = một danh sách viết trong [ ] chưa được đóng; hãy thêm dấu ] hoặc kiểm tra các dấu phẩy
yaml-map-not-closed = một nhóm khóa viết trong {"{"} {"}"} chưa được đóng; hãy thêm dấu {"}"} hoặc kiểm tra các dấu phẩy
yaml-value-missing = ở đây thiếu một giá trị; hãy viết giá trị vào, hoặc đặt đoạn chữ trong dấu ngoặc kép
yaml-no-colon = một khóa ở đây thiếu dấu hai chấm, hoặc thiếu dấu cách sau dấu hai chấm; hãy viết theo dạng khóa: giá trị
yaml-ends-early = tệp kết thúc khi một giá trị còn đang viết dở; hãy kiểm tra mấy dòng cuối
yaml-unknown-key = không có khóa "{ $key }"; các khóa dùng được ở đây là: { $known }
yaml-unknown-key-none = không có khóa "{ $key }"; ở đây không dùng được khóa nào
yaml-not-one-of = "{ $value }" không phải là một trong các giá trị: { $known }
yaml-missing-key = thiếu { $key }; hãy thêm vào
yaml-too-large = số quá lớn; hãy kiểm tra lại con số
yaml-wrong-type = sai loại giá trị: ở đây là { $found }, nhưng cần { $expected }
yaml-wrong-number = số không hợp lệ: `{ $value }`, cần { $expected }
yaml-found-text = đoạn chữ { $value }
yaml-found-integer = số nguyên `{ $value }`
yaml-found-float = số thập phân `{ $value }`
yaml-found-bool = giá trị đúng/sai `{ $value }`
yaml-found-list = một danh sách
yaml-found-map = một nhóm khóa
yaml-found-nothing = giá trị trống
yaml-found-tag = một thẻ YAML (!tên)
yaml-found-other = { $text }
yaml-expected-keys = một nhóm khóa và giá trị (khóa: giá trị)
yaml-expected-whole = một số nguyên
yaml-expected-text = một đoạn chữ
yaml-expected-number = một con số
yaml-expected-bool = true hoặc false
yaml-expected-list = một danh sách
yaml-expected-map = một nhóm khóa
yaml-expected-figure = một con số, hoặc một nhóm khóa như {"{"}value: 3666, qualifier: over{"}"}
yaml-expected-day = một ngày dạng 2023-09-01
yaml-expected-localized = một đoạn chữ, hoặc các đoạn chữ theo từng ngôn ngữ như {"{"}vi: ..., en: ...{"}"}
yaml-expected-other = { $text }
yaml-serde-other = không đọc được giá trị này: { $text }
dates-not-a-date = "{ $value }" không phải là ngày tháng hợp lệ; hãy viết theo dạng { $suggestion }
dates-not-in-zone = thời điểm { $date } không có trong múi giờ { $zone } của trang
dates-suggest-time = { $date }
dates-suggest-day = { $day } hoặc, nếu kèm giờ, { $with_time }
yaml-list-for-figure = ở chỗ cần một số liệu lại có một danh sách; hãy viết một số
yaml-tag-for-figure = ở chỗ cần một số liệu lại có một thẻ YAML (!tên); hãy chỉ viết con số
yaml-not-a-day = "{ $value }" không phải là ngày tháng hợp lệ; hãy viết theo năm-tháng-ngày, ví dụ 2023-09-01

## Cài đặt trang và giao diện

config-no-site-yaml = không có tệp site.yaml trong thư mục { $folder }; hãy chạy campaign-site trong thư mục của trang, hoặc chỉ ra thư mục đó bằng --root
config-not-utf8 = tệp không phải văn bản UTF-8 (byte sai ở vị trí { $offset }); hãy lưu tệp lại dưới dạng UTF-8
config-timezone = giá trị timezone "{ $value }" không phải độ lệch so với giờ UTC; hãy viết như "+07:00"
config-paginate-zero = paginate đang là 0; hãy ghi số mục trên mỗi trang danh sách, ví dụ 20
config-theme-name = theme "{ $theme }" không phải tên một thư mục trong themes/
config-text-undeclared-language = khóa { $key } có nội dung cho ngôn ngữ "{ $code }", nhưng ngôn ngữ này không có trong languages
config-language-code = "{ $code }" không phải mã ngôn ngữ; hãy dùng mã viết thường, ví dụ vi, en hoặc pt-br
config-languages-empty = languages đang trống; hãy khai báo ít nhất một ngôn ngữ, ví dụ vi: {"{"}name: "Tiếng Việt"{"}"}
config-default-language-unknown = default_language "{ $code }" không có trong các ngôn ngữ đã khai báo ({ $languages }); hãy thêm ngôn ngữ này vào languages:
config-base-url-option = "{ $value }" không phải địa chỉ web đầy đủ; hãy viết như https://example.org/
config-base-url = base_url "{ $value }" không phải địa chỉ web đầy đủ; hãy viết như https://example.org/
config-embed-host = embeds: "{ $host }" không phải tên máy chủ; chỉ ghi tên máy chủ, ví dụ www.youtube.com
config-image-outside = { $key }: "{ $file }" không phải đường dẫn bên trong thư mục static/; hãy ghi tên tệp trong static/, ví dụ logo.png, không bắt đầu bằng / và không có ..
config-image-folder = { $key }: static/{ $file } là một thư mục; hãy ghi tên một tệp ảnh trong đó
config-image-kind = { $key }: "{ $file }" không phải là ảnh; hãy dùng tệp PNG, JPEG, WebP, SVG, GIF hoặc AVIF
config-image-missing = { $key }: không có tệp static/{ $file }; hãy đặt ảnh vào thư mục static/ của trang, hoặc kiểm tra lại tên tệp
config-image-missing-did-you-mean = { $key }: không có tệp static/{ $file }; hãy kiểm tra lại tên tệp; có phải ý bạn là "{ $similar }"?
locale-not-cldr-code = "{ $code }" không phải mã ngôn ngữ mà CLDR biết
locale-no-cldr-data = campaign-site không có dữ liệu CLDR cho ngôn ngữ "{ $code }" nên không viết được số và ngày tháng của ngôn ngữ này; hãy dùng một mã CLDR có, ví dụ fr hoặc de
locale-no-number-data = không có cách viết số cho "{ $code }": { $reason }
locale-no-date-data = không có dữ liệu ngày tháng cho "{ $locale }": { $reason }
locale-key = { $key }: { $problem }
locale-date-pattern = "{ $pattern }" { $why }; hãy viết mẫu ngày tháng như "dd/MM/yyyy", "d MMMM yyyy" hoặc "HH:mm - dd/MM/yyyy"
locale-date-empty = đang trống
locale-date-letter = có chữ { $letter }, không phải một phần của ngày đăng (chữ khác phải đặt giữa hai dấu nháy đơn)
locale-date-field-twice = có phần { $letter } hai lần
locale-date-not-pattern = không phải mẫu ngày tháng ({ $reason })
locale-date-two-forms = có một phần viết theo hai kiểu (như MMM và MMMM)
locale-date-length = có một phần dài hơn mức cho phép (như MMMMMM)
locale-date-no-such-field = có một phần mà ngày đăng không có, ví dụ múi giờ
locale-pattern-hole = { $key }: "{ $text }" thiếu {"{"}{ $hole }{"}"}; hãy viết như "{ $example }"
theme-no-folder = giao diện "{ $theme }" không có thư mục { $folder }; hãy tạo thư mục đó hoặc dùng theme: default
theme-cannot-read = không đọc được: { $reason }
theme-not-utf8 = tệp không phải văn bản UTF-8; hãy lưu tệp lại dưới dạng UTF-8
theme-text-missing = thiếu chữ giao diện "{ $key }" cho ngôn ngữ "{ $code }"; hãy thêm { $key }: "..." (xem tệp có sẵn themes/default/i18n/{ $example }.yaml)
theme-no-i18n-file = giao diện chưa có chữ cho ngôn ngữ { $name } ({ $code }); hãy thêm tệp này, dịch từ tệp của một ngôn ngữ khác
render-template-error = lỗi trong mẫu trang (template): { $reason }
render-not-a-language = "{ $code }" không phải một ngôn ngữ của trang; chỉ viết số theo các ngôn ngữ của trang
render-text-missing = thiếu chữ giao diện "{ $key }" cho ngôn ngữ "{ $lang }"; hãy thêm { $key }: "..." vào themes/{ $theme }/i18n/{ $lang }.yaml
theme-errors-no-pages = khi giao diện (theme) còn lỗi thì không trang nào được tạo, nên chưa kiểm tra được các liên kết và mục neo của các trang
theme-text-absent = thiếu lời giao diện "{ $key }" cho ngôn ngữ "{ $code }"

## Thư mục xuất bản và chạy thử

tool-cannot-read = không đọc được { $path }: { $reason }
tool-cannot-write = không ghi được { $path }: { $reason }
tool-cannot-copy = không sao chép được { $from } sang { $to }: { $reason }
tool-cannot-create-folder = không tạo được thư mục { $path }: { $reason }
tool-cannot-remove = không xóa được { $path }: { $reason }
tool-cannot-move = không chuyển được { $from } sang { $to }: { $reason }
tool-cannot-swap = không hoán đổi được { $a } và { $b }: { $reason }
tool-cannot-find-site-folder = không tìm thấy thư mục của trang { $path }: { $reason }
tool-cannot-open-lock = không mở được tệp khóa { $path }: { $reason }
tool-cannot-lock = không khóa được { $path }: { $reason }
tool-cannot-resolve = không xác định được đường dẫn { $path }: { $reason }
tool-cannot-read-current-folder = không đọc được thư mục hiện tại: { $reason }
tool-link-outside = đây là liên kết tới { $target }, nằm ngoài thư mục của trang; hãy sao chép nội dung cần đăng vào trong trang
tool-link-nowhere = liên kết này không dẫn tới đâu; hãy xóa nó hoặc cho nó trỏ tới một tệp của trang
tool-link-loops = liên kết này dẫn ngược về thư mục chứa nó, hoặc không dẫn tới đâu; hãy xóa nó
output-refused = không dùng { $folder } làm thư mục xuất bản: { $why }; hãy chọn thư mục khác bằng --output
output-refused-site-folder = đây là thư mục của trang hoặc thư mục chứa trang
output-refused-inside-source = thư mục này nằm trong thư mục { $source }/ của trang
output-refused-file = đây là một tệp
output-refused-foreign = thư mục này không do campaign-site tạo ra (không có tệp { $marker }) và mọi thứ trong đó sẽ bị thay thế
output-no-parent = { $folder } không thể làm thư mục xuất bản: nó không có thư mục cha
output-locked = một lần dựng trang khác đang chạy và đang ghi vào thư mục xuất bản này; đã chờ { $seconds } giây rồi dừng (tệp khóa là { $lock }); hãy thử lại khi lần dựng kia xong
output-file-is-folder = tệp xuất bản /{ $file } cũng là thư mục chứa /{ $inner } (từ { $origin }); hãy đổi tên một trong hai
output-file-twice = tệp xuất bản /{ $file } cũng được tạo từ { $origin }; hãy đổi tên một trong hai
output-name-not-unicode = tên tệp không phải Unicode hợp lệ; hãy đổi tên tệp
serve-no-address = không biết serve đang nghe ở địa chỉ nào: { $reason }
serve-port-in-use = cổng { $port } trên { $bind } đang được một chương trình khác dùng; hãy tắt chương trình đó hoặc chọn cổng khác bằng --port { $next }
serve-cannot-listen = không nghe được trên { $address }: { $reason }
serve-bad-timeout = { $variable } phải là số mili giây lớn hơn 0, ví dụ 10000, không phải `{ $value }`
serve-cannot-watch-site = không theo dõi được các tệp của trang: { $reason }
serve-cannot-watch = không theo dõi được { $path }: { $reason }
output-cache-is-link = đây là một liên kết (link); campaign-site giữ các ảnh đã xử lý trong thư mục này của trang, nên hãy xóa liên kết đi (thư mục sẽ được tạo lại)
serve-overlay-title = campaign-site: thay đổi vừa rồi không dựng được
serve-not-found = không tìm thấy trang
serve-reachable-by-all = cảnh báo: đang chạy trên { $address }, mọi máy tính trong mạng của bạn đều vào được; dùng --bind 127.0.0.1 để chỉ máy này vào được
serve-reachable-by-others = cảnh báo: đang chạy trên { $address }, các máy tính khác trong mạng của bạn vào được; dùng --bind 127.0.0.1 để chỉ máy này vào được
serve-on-every-interface = đang chạy trên { $address } (mọi giao diện mạng); trên máy này: { $url } (bấm Ctrl+C để dừng)
serve-serving = đang chạy { $url } (bấm Ctrl+C để dừng)
serve-cannot-answer = không trả lời được một kết nối: { $reason }
serve-why-start = khởi động
serve-why-changed = { $files }
serve-folder-is-link = { $path } là một liên kết (link), mà serve không ghi gì qua liên kết
serve-in-memory = lưu ý: không dùng được { $path } ({ $reason }), nên các trang đang phục vụ được giữ trong bộ nhớ; với mười nghìn bài viết, việc này tốn bộ nhớ gấp nhiều lần một lần dựng
serve-built = đã dựng trong { $ms } ms: { $rendered } trang được tạo lại, { $reused } trang giữ nguyên, đã đọc { $read } tệp ({ $why })
serve-patched = đã tạo lại { $pages } tệp trong { $ms } ms (trang bài viết và nguồn tin): chỉ phần thân bài của { $why } thay đổi
serve-build-failed = dựng không thành công sau { $ms } ms ({ $why }); vẫn phục vụ các trang tốt gần nhất

## Các lệnh new, init và schema

new-bad-section-name = "{ $section }" không phải tên thư mục chuyên mục; hãy dùng tên như news hoặc pages/about
new-slug-no-letters = "{ $slug }" không có chữ cái hay chữ số nào để đặt tên tệp
new-slug-reserved = không đặt tên bài là "{ $slug }" được: các tệp index là của chuyên mục (_index) hoặc của thư mục bài viết (index); hãy chọn tên khác
new-article-exists = bài viết này đã có và được giữ nguyên; hãy chọn tên khác
new-section-ambiguous = "{ $given }" là địa chỉ web của nhiều chuyên mục: { $sections }; hãy ghi tên thư mục của chuyên mục
new-no-section-none-yet = không có chuyên mục "{ $given }", và trang chưa có chuyên mục nào; để mở chuyên mục này, hãy thêm --new-section
new-no-section = không có chuyên mục "{ $given }"; các chuyên mục hiện có: { $sections }; để mở chuyên mục mới, hãy thêm --new-section
new-inside-bundle = content/{ $folder } là thư mục của một bài viết có ảnh hoặc của một đợt thi đua, không phải chuyên mục; không thể đặt chuyên mục bên trong nó
new-folder-no-letters = tên thư mục "{ $name }" không có chữ cái hay chữ số nào để làm địa chỉ web; hãy dùng chữ
new-section-address-taken = chuyên mục mới content/{ $folder }/ sẽ có địa chỉ web /{ $address }, trùng với chuyên mục { $other }; để viết vào chuyên mục đó, hãy ghi tên thư mục { $other_dir } của nó, hoặc chọn tên khác
init-not-empty = thư mục { $folder } không trống; hãy chọn một thư mục mới cho trang
schema-no-site-yaml = không có tệp site.yaml trong thư mục { $folder }; hãy chạy campaign-site trong thư mục của trang, hoặc dùng --root hay --output
schema-not-a-folder = { $path } là một tệp, không phải thư mục; hãy chọn một thư mục để ghi các schema

## Bài viết và trang

content-front-matter-toml = phần đầu bài (front matter) phải viết bằng YAML giữa hai dòng ---, không phải TOML giữa hai dòng +++
content-front-matter-not-closed = phần đầu bài mở bằng dòng --- nhưng chưa có dòng đóng; hãy thêm một dòng --- ở cuối phần đầu bài
content-address-too-long = { $what } tạo ra địa chỉ web "{ $start }..." dài { $length } ký tự, vượt quá { $max } ký tự mà một tên thư mục được phép có; hãy viết ngắn lại
content-the-file-name = tên tệp
content-key-no-letters = { $key }: "{ $value }" không có chữ cái hay chữ số nào để tạo địa chỉ web; hãy viết bằng chữ
content-slug-no-letters = slug "{ $value }" không có chữ cái hay chữ số nào để tạo địa chỉ web; hãy viết bằng chữ
content-no-folder = không có thư mục content/; hãy tạo thư mục này và đặt các bài viết của trang vào đó
content-cannot-read = không đọc được: { $reason }
content-name-not-unicode = tên tệp có ký tự không đọc được (không phải Unicode); hãy đổi tên tệp
content-language-not-declared = ngôn ngữ "{ $code }" trong tên tệp này chưa được khai báo trong site.yaml (các ngôn ngữ: { $languages }); hãy đổi tên tệp hoặc thêm ngôn ngữ này vào site.yaml
content-inside-bundle = tệp Markdown này nằm trong thư mục bài viết content/{ $bundle }/, nơi chỉ chứa các tệp index và ảnh của bài đó; hãy chuyển tệp ra ngoài thư mục
content-not-utf8 = tệp không phải văn bản UTF-8; hãy lưu lại tệp ở dạng UTF-8
content-photo-no-file-name = ảnh chưa có tên tệp; hãy viết thành ![ảnh cho thấy điều gì](anh.jpg "Chú thích.")
content-html-comment-not-closed = ở đây có một lời chú thích HTML mở bằng <!-- nhưng không được đóng lại, nên toàn bộ phần còn lại của bài bị ẩn trên trang được đăng; hãy đóng nó bằng -->
content-html-script = một đoạn mã (script)
content-html-style-sheet = một bảng kiểu trình bày (style)
content-html-style-attribute = thuộc tính trình bày style=
content-html-form = một biểu mẫu (form)
content-html-form-field = một ô nhập liệu của biểu mẫu
content-html-button = một nút bấm
content-html-javascript-link = một liên kết javascript:
content-html-data-address = một địa chỉ data:
content-html-embedded-object = một đối tượng nhúng
content-html-svg = hình SVG viết trực tiếp
content-html-event-handler = một lệnh chạy khi có thao tác (on...=)
content-html-frame = một khung nhúng (iframe) có địa chỉ không bắt đầu bằng https:// hoặc không thuộc trang nào được liệt kê ở mục embeds: trong site.yaml
content-html-markup = mã HTML mà trang được đăng không được chứa
content-html-fix-embeds = hãy thêm trang chứa video vào mục embeds: trong site.yaml, hoặc chỉ đặt liên kết tới video
content-html-fix-markdown = hãy viết nội dung này bằng Markdown
content-html-list = { $list }; { $next }
content-html-removed = đoạn HTML này chứa { $held }, nên đã bị bỏ khỏi trang được đăng; { $fix }
content-translation-draft = bản dịch { $language } content/{ $draft } là bản nháp; bản dịch này chưa được đăng
content-translation-missing = trang này chưa có bản dịch { $language }; hãy thêm tệp { $file }
graph-campaign-unknown = không có phong trào thi đua "{ $id }" (các phong trào hiện có: { $campaigns }); hãy dùng tên một thư mục trong content/results/
graph-unit-unknown = đơn vị "{ $unit }" không thuộc phong trào thi đua nào (các đơn vị: { $units }); hãy dùng tên một tệp trong thư mục units/ của một phong trào
graph-unit-ambiguous = đơn vị "{ $unit }" có trong nhiều phong trào thi đua; hãy thêm khóa campaign: để chỉ rõ phong trào nào
graph-none = chưa có
graph-names = { $names }
content-no-front-matter = bài viết không có phần đầu (front matter); hãy bắt đầu bằng ---, các dòng title: và date:, rồi ---
content-title-missing = thiếu title; hãy thêm một dòng như title: "..." vào phần đầu bài viết
content-date-missing = thiếu date; hãy thêm một dòng như date: 2023-09-07T21:28:00+07:00 vào phần đầu bài viết
graph-address-taken = địa chỉ web /{ $path } cũng được { $other } dùng; hãy đặt cho một trong hai slug: hoặc tên tệp khác
content-folder-no-letters = tên thư mục "{ $name }" không có chữ cái hay chữ số nào để làm địa chỉ web; hãy đổi tên nó hoặc thêm slug: vào tệp _index của nó
content-article-in-campaign = không đặt bài viết trong thư mục phong trào content/{ $dir }/ được (thư mục này chỉ chứa các tệp _index, campaign.yaml và units/); hãy chuyển bài sang một chuyên mục như news/ và ghi đơn vị của nó bằng unit:
content-name-no-letters = tên "{ $name }" không có chữ cái hay chữ số nào để làm địa chỉ web; hãy đổi tên tệp hoặc thêm slug: vào phần đầu bài viết

## Liên kết
links-outside-content = liên kết "{ $dest }" dẫn ra ngoài thư mục content/; hãy liên kết tới một tệp nằm trong content/
links-refused-script = liên kết "{ $dest }" chạy một đoạn mã, điều mà trang được đăng không được phép làm; hãy liên kết tới một trang hoặc một tệp
links-refused-scheme = liên kết "{ $dest }" dùng "{ $scheme }:", loại địa chỉ mà trang được đăng không được liên kết tới (chỉ được dùng { $schemes }); hãy liên kết tới một trang hoặc một tệp
links-to-draft = liên kết "{ $dest }" dẫn tới content/{ $draft }, là bản nháp nên chưa được đăng; hãy bỏ liên kết này hoặc dựng trang với --drafts
links-missing-did-you-mean = liên kết "{ $dest }" dẫn tới content/{ $target }, tệp này không có; hãy kiểm tra lại tên tệp; có phải ý bạn là "{ $similar }"?
links-missing = liên kết "{ $dest }" dẫn tới content/{ $target }, tệp này không có; hãy kiểm tra lại tên tệp
links-page = trang { $page } { $problem }
links-page-outside = có liên kết tới { $link }, nằm ngoài địa chỉ của trang web { $base }
links-page-missing = có liên kết tới { $link }, nhưng địa chỉ này không tồn tại
links-page-missing-similar = có liên kết tới { $link }, nhưng địa chỉ này không tồn tại; có phải ý bạn là "{ $similar }"?
links-page-no-anchor = có liên kết tới { $link }, nhưng trang đó không có mục neo "{ $fragment }"

## Ảnh
photo-missing-did-you-mean = không tìm thấy ảnh "{ $dest }": không có tệp content/{ $target }; hãy kiểm tra lại tên tệp, hoặc đặt ảnh cùng thư mục với bài viết; có phải ý bạn là "{ $similar }"?
photo-missing = không tìm thấy ảnh "{ $dest }": không có tệp content/{ $target }; hãy kiểm tra lại tên tệp, hoặc đặt ảnh cùng thư mục với bài viết
photo-cannot-be-used = không dùng được ảnh "{ $dest }": { $reason }
photo-cut-short = ảnh bị hỏng: tệp dừng lại trước khi hết phần hình (có lẽ bị cắt ngang khi sao chép); hãy sao chép lại ảnh
photo-cannot-read = không đọc được ảnh: { $reason }
photo-too-many-bytes = ảnh nặng { $size } MB, vượt quá { $max } MB mà một ảnh được phép có; hãy thu nhỏ ảnh trước
photo-not-a-photo = tệp này không phải ảnh JPEG, PNG hay WebP
photo-too-many-pixels = ảnh có kích thước { $width } x { $height } điểm ảnh, vượt quá { $max } megapixel mà một ảnh được phép có; hãy thu nhỏ ảnh trước
photo-cannot-be-read = không đọc được ảnh: { $reason }
photo-changed = ảnh đã thay đổi trong lúc đang dựng trang; hãy dựng lại
photo-size-differs = ảnh bị hỏng: phần đầu tệp ghi kích thước { $header } điểm ảnh, nhưng hình thực tế là { $picture }
photo-cannot-create-cache = không tạo được thư mục bộ nhớ đệm (cache): { $reason }
photo-damaged = ảnh bị hỏng: { $reason }
photo-cannot-resize = không thu nhỏ được ảnh: { $reason }
photo-cannot-write = không ghi được ảnh: { $reason }
photo-cannot-write-cache = không ghi được vào bộ nhớ đệm (cache): { $reason }
photo-no-alt = ảnh "{ $written }" chưa có lời mô tả (alt); hãy mô tả nội dung ảnh vào giữa hai dấu ngoặc vuông: ![...]({ $written })
photo-image-cannot-be-used = không dùng được ảnh đại diện (khóa image) "{ $image }": { $reason }
photo-image-not-found-did-you-mean = ảnh đại diện (khóa image) "{ $image }" không phải là ảnh JPEG, PNG hay WebP nào trong thư mục content/; hãy kiểm tra lại tên tệp; có phải ý bạn là "{ $similar }"?
photo-image-not-found = ảnh đại diện (khóa image) "{ $image }" không phải là ảnh JPEG, PNG hay WebP nào trong thư mục content/; hãy kiểm tra lại tên tệp

## Ảnh chia sẻ
card-font-unreadable = tệp không phải là phông chữ dùng để vẽ ảnh chia sẻ được; hãy cho giao diện một phông TrueType hoặc OpenType (.ttf, .otf) có đủ mọi chữ tiếng Việt
card-no-font = giao diện không có phông chữ cho ảnh chia sẻ; hãy đặt một phông TrueType hoặc OpenType (.ttf, .otf) vào "{ $folder }"
card-not-drawn = không vẽ được ảnh chia sẻ của trang { $page }: { $reason }; hãy kiểm tra tệp card.svg của giao diện
card-cannot-be-kept = không ghi được ảnh chia sẻ "{ $file }" vào bộ nhớ đệm: { $reason }

## Số liệu trích từ dữ liệu: {{ figure(...) }}
figure-unclosed = số liệu này chưa được đóng trước khi hết đoạn văn; hãy viết trọn vẹn, ví dụ {"{{"} figure(unit="lai-chau", metric="initiatives") {"}}"}
figure-expected-open = sau {"{{"} figure cần có dấu ( nhưng lại gặp "{ $found }"; hãy viết theo dạng {"{{"} figure(unit="lai-chau", metric="initiatives") {"}}"}
figure-expected-argument = cần một tham số của số liệu, ví dụ metric="initiatives", nhưng lại gặp "{ $found }"
figure-expected-equals = sau { $name } cần có dấu =, nhưng lại gặp "{ $found }"; hãy viết theo dạng { $name }="..."
figure-expected-value = { $name }= chưa có giá trị: gặp "{ $found }"; hãy viết giá trị trong dấu ngoặc kép, ví dụ { $name }="..."
figure-expected-comma = cần dấu phẩy trước tham số tiếp theo, hoặc ) {"}}"} để kết thúc số liệu, nhưng lại gặp "{ $found }"
figure-expected-close = sau dấu ) của số liệu cần có {"}}"}, nhưng lại gặp "{ $found }"
figure-unclosed-quote = giá trị của { $name } thiếu dấu ngoặc kép đóng trên cùng dòng; hãy kết thúc bằng đúng loại dấu đã mở
figure-unknown-argument = số liệu không có tham số { $name }; các tham số là { $names }
figure-unknown-argument-did-you-mean = số liệu không có tham số { $name }; có phải ý bạn là { $similar }?
figure-argument-twice = { $name } được ghi hai lần trong số liệu này; hãy giữ lại một
figure-link-value = link chỉ nhận true hoặc false, viết không có dấu ngoặc kép, không phải "{ $value }"
figure-value-in-quotes = hãy viết giá trị của { $name } trong dấu ngoặc kép: { $name }="{ $value }"
figure-no-metric = số liệu chưa cho biết cần hiển thị gì; hãy thêm metric=, ví dụ metric="initiatives"
figure-no-campaigns = trang web chưa có phong trào thi đua nào để lấy số liệu; hãy thêm một phong trào trong content/results/
figure-unit-nowhere = "{ $unit }" không phải đơn vị của phong trào nào trên trang (các phong trào: { $campaigns }); hãy dùng tên một tệp trong thư mục units/ của một phong trào
figure-which-campaign = trang web có nhiều phong trào thi đua ({ $campaigns }); hãy thêm campaign= vào số liệu để chỉ rõ phong trào nào
figure-unknown-campaign = không có phong trào thi đua "{ $campaign }" (các phong trào hiện có: { $campaigns }); hãy dùng tên một thư mục trong content/results/
figure-unknown-unit = "{ $unit }" không phải là đơn vị của phong trào { $campaign } (các đơn vị: { $units }); hãy dùng tên một tệp trong thư mục units/ của phong trào
figure-unknown-metric = "{ $metric }" không phải là chỉ số của phong trào, cũng không phải loại số liệu mà mã ngắn hiển thị được; hãy dùng một trong: { $metrics }
figure-unknown-metric-did-you-mean = "{ $metric }" không phải là chỉ số của phong trào; có phải ý bạn là "{ $similar }"?
figure-unknown-scope = scope chỉ nhận national hoặc cluster, không phải "{ $scope }"
figure-no-award = metric="honours" đếm số lượt khen thưởng của một giải thưởng; hãy thêm award=, ví dụ award="giai-nguyen-duc-canh"
figure-argument-unused = { $name }= không dùng được với metric="{ $metric }"; hãy bỏ đi (of= dùng với percent, target và total; scope= dùng với rank; award= dùng với honours; unit= không dùng với total)
figure-rank-needs-unit = thứ hạng là của một đơn vị; hãy thêm unit=, ví dụ unit="lai-chau"
figure-no-value = đơn vị { $unit } không có số liệu { $metric }; hãy thêm vào mục values: trong tệp của đơn vị, hoặc trích số liệu khác
figure-no-target = đơn vị { $unit } không có chỉ tiêu { $metric }; hãy thêm vào mục target: trong tệp của đơn vị, hoặc trích số liệu khác
figure-no-campaign-target = phong trào { $campaign } không có chỉ tiêu { $metric }; hãy thêm vào mục target: trong campaign.yaml
figure-no-total = phong trào { $campaign } chưa có đơn vị nào có số liệu { $metric }, cũng không có tổng số đã công bố
figure-no-rank = đơn vị { $unit } chưa có thứ hạng: không có thứ hạng đã công bố và không có số liệu { $metric }, chỉ số dùng để xếp hạng
figure-no-cluster = đơn vị { $unit } không thuộc cụm thi đua nào nên không có thứ hạng trong cụm; hãy thêm cluster: vào tệp của đơn vị, hoặc bỏ scope="cluster"
figure-award-unknown = hình thức khen thưởng "{ $award }" chưa được khai báo trong awards: của campaign.yaml của { $campaign } (đã khai báo: { $awards }); hãy dùng một hình thức đã khai báo

## Thống kê

data-percent-contradicts = tỷ lệ đạt chỉ tiêu đã công bố của { $metric } là { $reported }%, nhưng { $value } trên chỉ tiêu { $target } là { $computed }%; hãy kiểm tra lại các số liệu{ $hint }
data-percent-hint-exceeded = ; nguồn ghi "vượt { $reported }%" có thể nghĩa là vượt chỉ tiêu { $reported }%, tức là đạt { $computed }% chỉ tiêu: khi đó hãy ghi { $write }
data-campaign-dates-reversed = phong trào bắt đầu ngày { $start }, sau ngày kết thúc { $end }; hãy kiểm tra lại hai ngày này
data-ranks-unverified = chưa kiểm tra được các thứ hạng đã công bố: mới có { $present } trong số { $expected } đơn vị dự kiến
data-ranks-unverified-unknown = chưa kiểm tra được các thứ hạng đã công bố: mới có { $present } đơn vị, chưa biết tổng số đơn vị dự kiến (units_expected)
data-too-many-units = units_expected là { $expected }, nhưng có { $present } đơn vị có tệp; hãy sửa units_expected hoặc bỏ các tệp thừa
data-target-not-positive = chỉ tiêu của { $metric } là { $target }; chỉ tiêu phải lớn hơn 0
data-total-negative = tổng đã công bố của { $metric } là { $total }; số liệu không thể âm
data-total-below-units = tổng đã công bố của { $metric } là { $total }, nhưng riêng { $present } đơn vị hiện có đã cộng lại được { $sum }; hãy kiểm tra tổng đã công bố và số liệu của các đơn vị
data-figure-negative = { $metric } là { $value }; số liệu không thể âm, hãy viết không có dấu trừ hoặc sửa lại
data-breakdown-over-total = các phần của breakdown cộng lại { $metric } được { $sum }, nhiều hơn tổng của đơn vị là { $total }; hãy kiểm tra các phần và tổng
data-rank-national = toàn quốc
data-rank-cluster = trong cụm
data-rank-contradicts = thứ hạng { $which } đã công bố là { $reported }, nhưng theo { $metric } thì đơn vị xếp thứ { $computed }; hãy kiểm tra thứ hạng hoặc số liệu
data-as-of-future = as_of { $date } là sau hôm nay ({ $today }); ngày chốt số liệu không thể ở tương lai, hãy kiểm tra ngày
data-as-of-before-start = as_of { $date } là trước ngày phong trào bắt đầu ({ $start }); hãy kiểm tra ngày (ngày chốt số liệu)
data-as-of-long-after-end = as_of { $date } là hơn một năm sau ngày phong trào kết thúc ({ $end }); hãy kiểm tra năm
number-too-many-digits = số { $value } có quá nhiều chữ số; chỉ công bố chính xác được các số từ -{ $max } đến { $max }, hãy kiểm tra lại
number-grouped = "{ $value }" được viết có dấu phân cách hàng nghìn; hãy viết { $meant } (chỉ chữ số, không có dấu chấm, dấu phẩy hay dấu cách)
number-fraction-zero = "{ $value }" có phần thập phân, nhưng số liệu này đếm số nguyên; hãy viết { $meant }
number-fraction = "{ $value }" có phần thập phân, nhưng số liệu này đếm số nguyên; hãy viết số nguyên, ví dụ { $meant }
number-scientific = "{ $value }" được viết theo ký hiệu khoa học; hãy viết bằng chữ số: { $meant }
number-in-words = "{ $value }" được viết bằng chữ; hãy viết bằng chữ số: { $meant }
number-other-digits = "{ $value }" được viết bằng chữ số của hệ chữ khác; hãy viết bằng 0-9
number-text = "{ $value }" là chữ, ở chỗ cần một số; hãy viết số liệu bằng chữ số, không có dấu phân cách, ví dụ 3666
number-nan = "{ $value }" không phải số liệu (trong YAML nó nghĩa là "không phải số" hoặc vô cực); hãy viết số liệu bằng chữ số, ví dụ 3666
number-percent-for-count = "{ $value }" là một tỷ lệ phần trăm; ở đây hãy viết chính số đếm được (tỷ lệ đạt chỉ tiêu được tính từ số liệu và chỉ tiêu)
number-percent-sign = "{ $value }" có dấu %; hãy chỉ viết con số: { $bare }
number-decimal-comma = "{ $value }" được viết với dấu phẩy thập phân; hãy viết với dấu chấm: { $meant }
number-text-decimal = "{ $value }" là chữ, ở chỗ cần một số; hãy viết bằng chữ số, ví dụ 159 hoặc 159.4
number-nothing = ở đây chưa viết số liệu nào; hãy viết một số, hoặc bỏ khóa này
number-list = ở chỗ cần một số lại có một danh sách; hãy viết một số
number-map = ở chỗ cần một số lại có một bảng khóa (map); hãy viết một số
number-alias = ở chỗ cần một số lại có một bí danh (*tên); hãy viết chính con số
number-quoted = "{ $value }" nằm trong dấu ngoặc kép nên là chữ; hãy viết số không có ngoặc kép: { $value }
data-metrics-empty = metrics đang trống; hãy khai báo các chỉ số được đo, ví dụ initiatives: {"{"}label: ..., kind: count{"}"}
data-not-a-count = { $path }: { $value } không phải một số đếm từ 1 trở lên; hãy kiểm tra lại
data-metric-undeclared = "{ $id }" không phải một chỉ số của phong trào ({ $metrics }); hãy khai báo nó dưới metrics: trong campaign.yaml
data-metric-not-in-campaign = "{ $key }" không phải một chỉ số của phong trào ({ $metrics }); hãy dùng một trong các chỉ số đó hoặc khai báo nó trong { $file }
data-text-unknown-language = có một đoạn chữ cho "{ $code }", nhưng đó không phải một ngôn ngữ của trang
data-cluster-undeclared = cụm "{ $id }" chưa được khai báo trong { $file } (các cụm: { $clusters }); hãy thêm nó dưới clusters:
data-cluster-undeclared-none = cụm "{ $id }" chưa được khai báo trong { $file } (chưa có cụm nào); hãy thêm nó dưới clusters:
data-unit-kind-unknown = loại đơn vị "{ $kind }" không có trong phong trào này ({ $kinds }); hãy dùng một loại đã có, hoặc khai báo nó trong unit_kinds: của { $file }
data-successor-unknown = succeeded_by: "{ $id }" không phải đơn vị của phong trào nào trên trang (và một đơn vị không thể kế tục chính nó); hãy ghi tên tệp của đơn vị kế tục, không có .yaml
data-recipient-blank = { $path }: tên người nhận đang để trống; hãy ghi tên, hoặc bỏ người nhận này đi
data-successor-cycle = succeeded_by: đơn vị này được kế tục bởi { $path }, rồi lại quay về chính nó; một đơn vị không thể tự kế tục mình qua các đơn vị khác, nên một trong các succeeded_by: này bị ghi sai
data-award-undeclared = giải thưởng "{ $id }" chưa được khai báo trong awards: của campaign.yaml (đã khai báo: { $awards }); hãy khai báo ở đó hoặc sửa lại mã
data-honour-no-count = một mục khen thưởng cần có số lượng: ghi collectives: (tập thể), individuals: (cá nhân), cả hai, hoặc total: khi nguồn không tách riêng hai loại
data-honour-total = total: là { $total }, nhưng số tập thể và cá nhân cộng lại là { $parts }; total: đếm chung cả hai loại
data-honour-negative = { $path }: { $value } không phải là số lượng; số lượng không thể âm
data-honour-more-listed = { $what ->
    [collectives] danh sách ghi { $listed } tập thể được khen thưởng, nhưng collectives: chỉ đếm { $counted }; danh sách có thể thiếu, nhưng không được dài hơn số đếm
    [individuals] danh sách ghi { $listed } cá nhân được khen thưởng, nhưng individuals: chỉ đếm { $counted }; danh sách có thể thiếu, nhưng không được dài hơn số đếm
   *[all] danh sách ghi { $listed } tập thể và cá nhân được khen thưởng, nhưng số đếm của hai loại cộng lại chỉ là { $counted }; danh sách có thể thiếu, nhưng không được dài hơn số đếm
}
data-source-not-web = { $path }: "{ $url }" không phải địa chỉ của một trang web; hãy viết đầy đủ, bắt đầu bằng https://
data-colon-without-space = "{ $key }" không có dấu cách sau dấu hai chấm nên bị đọc thành một tên; hãy viết { $name }: { $figure }
data-comma-splits-map = "{ $written }" bị đọc thành nhiều mục, vì trong một bảng {"{"}...{"}"} dấu phẩy ngăn cách các mục; { $meant }
data-comma-meant-decimal = hãy viết với dấu chấm: { $meant }
data-comma-meant-whole = hãy viết { $meant } không có dấu phân cách
data-stray-yaml = tệp YAML này không phải campaign.yaml, cũng không phải tệp đơn vị trong thư mục units/ của một phong trào; hãy chuyển nó đi, hoặc đặt vào static/ để đăng nguyên như vậy
data-unit-without-campaign = tệp đơn vị này không thuộc phong trào nào: không có content/{ $dir }/campaign.yaml bên cạnh thư mục units/ của nó
data-file-empty = tệp đang trống; { $what }
data-campaign-needs = một tệp campaign.yaml cần ít nhất name: và metrics:
data-unit-needs = một tệp đơn vị cần name:, kind: và values:
data-units-not-checked = { $count } tệp đơn vị của phong trào này chưa được kiểm tra cho đến khi sửa xong các lỗi của tệp này

## import: đọc bảng tính vào các tệp đơn vị

cli-import-about = Đọc bảng tính kết quả (.xlsx, .xls, .ods, .csv) của một phong trào vào các tệp đơn vị; không có --write thì chỉ cho xem những gì sẽ thay đổi
cli-import-file = Tệp bảng tính: .xlsx, .xls, .ods hoặc .csv
cli-import-campaign = Phong trào: tên thư mục của nó trong content/results/
cli-import-sheet = Trang tính cần đọc (mặc định là trang đầu)
cli-import-map = Tệp ánh xạ cho biết cột nào chứa số liệu nào, khi tiêu đề cột không trùng nhãn trong campaign.yaml
cli-import-write = Ghi các tệp đơn vị (không có tùy chọn này thì không ghi gì)
cli-import-new-units = Tạo tệp đơn vị cho tên không trùng với đơn vị nào
cli-import-kind = Loại của các đơn vị tạo bằng --new-units: province, sector hoặc một loại trong unit_kinds
cli-import-source-title = Tiêu đề nguồn số liệu thêm vào mỗi tệp đơn vị có thay đổi
cli-import-source-url = Địa chỉ web của nguồn đó
cli-value-file = TỆP
cli-value-campaign = MÃ
cli-value-sheet = TRANG_TÍNH
cli-value-map = ÁNH_XẠ.yaml
cli-value-kind = LOẠI
cli-value-source-title = TIÊU_ĐỀ
cli-value-source-url = URL
import-failed = nhập không thành công: { $errors } lỗi{ $unchecked }; không ghi tệp nào
import-unreadable = không đọc được tệp này như một bảng tính: có thể tệp bị hỏng, hoặc không đúng loại tệp như tên của nó (chi tiết kỹ thuật: { $reason })
import-csv-unreadable = không đọc được tệp CSV này: { $reason }
import-reason = { $text }
import-csv-has-no-sheets = đây là tệp CSV, không có trang tính; hãy bỏ --sheet
import-unknown-format = đây không phải bảng tính mà campaign-site đọc được; hãy lưu thành .xlsx, .xls, .ods hoặc .csv
import-no-such-sheet = tệp này không có trang tính "{ $sheet }"; các trang tính là: { $sheets }
import-no-sheets = tệp này không có trang tính nào
import-map-scale = hệ số (scale) là một số lớn hơn 0 hoặc một từ: nghìn, triệu, tỷ (thousand, million, billion)
import-map-target = "{ $to }" không phải một mục của tệp đơn vị; hãy dùng một trong: { $targets }
import-map-unit-id = "{ $id }" không phải tên tệp của một đơn vị: ghi đúng tên tệp đơn vị, không có .yaml (ha-noi, dak-lak)
import-map-unit-unknown = phong trào { $campaign } không có đơn vị nào tên tệp là "{ $id }"; sửa lại, hoặc thêm --new-units để tạo đơn vị đó
import-map-unit-twice = "{ $name }" đã có trong units: (là { $first }); chữ hoa hay dấu khác nhau không làm thành hai tên khác nhau
import-file-missing = không có tệp này; bảng tính được tìm từ thư mục bạn đang đứng ({ $folder }), không phải từ --root
import-no-campaigns = không có phong trào "{ $id }": không tìm thấy tệp campaign.yaml nào trong content/
import-no-such-campaign = không có phong trào "{ $id }"; các phong trào là: { $campaigns }
import-cluster-unknown = "{ $text }" không phải cụm thi đua khai báo trong campaign.yaml; các cụm là: { $clusters }
import-not-a-number = "{ $text }" không phải là số: số liệu này trong tệp đơn vị được giữ nguyên (chưa có thì vẫn để trống)
import-text-number = ô chữ "{ $text }" được đọc là { $value }
import-fractions = cột tỷ lệ này ghi tỷ lệ dạng phân số ({ $example } cho { $percent }%): mỗi ô được nhân với 100
import-percent-contradicts = tỷ lệ { $reported }% trong bảng tính không khớp với { $value } trên chỉ tiêu { $target }, tức là { $computed }%{ $hint }; hãy sửa ô đó, hoặc bỏ qua cột đó bằng skip trong tệp ánh xạ
import-percent-fraction-hint = {" "}(ô này có vẻ ghi tỷ lệ dạng phân số: { $reported } cho { $computed }%)
import-negative = { $value } nhỏ hơn 0; số liệu không bao giờ âm
import-not-a-rank = { $value } không phải thứ hạng: thứ hạng là số nguyên từ 1 trở lên
import-percent-in-figure = tỷ lệ phần trăm không phải số liệu để lưu: cột tỷ lệ đi vào reported.percent_of_target (xem phần tham chiếu tệp ánh xạ)
import-not-whole = { $value } không phải số nguyên; số lượng và tiền được lưu là số nguyên (hãy xem hệ số của cột; trong ô chữ, dấu chấm ngăn hàng nghìn: 3.666)
import-english-number = "{ $text }" được viết theo kiểu tiếng Anh; trong ô chữ, dấu chấm ngăn hàng nghìn và dấu phẩy là dấu thập phân (1.234.567), hoặc đổi ô đó thành ô số
import-target-zero = chỉ tiêu bằng 0 không phải là chỉ tiêu; đơn vị không có chỉ tiêu thì để trống ô đó
import-cannot-edit = không sửa được tệp đơn vị này sao cho đọc lại đúng như bảng tính; không ghi tệp nào: xin hãy báo lỗi này
import-no-header = không tìm thấy dòng tiêu đề trong 30 dòng đầu: dòng tiêu đề ghi cột đơn vị ("Đơn vị") và ít nhất một số liệu theo nhãn trong campaign.yaml ({ $labels }); với tiêu đề khác, hãy dùng tệp ánh xạ --map
import-column-twice = cột { $first } và cột { $second } đều chứa { $target }; hãy ghi trong tệp ánh xạ (--map) cột nào được dùng và đánh dấu cột kia là skip
import-currency = cột "{ $label }" tính bằng { $named }, nhưng { $key } tính bằng { $currency } (campaign.yaml); hãy đổi các số của cột sang { $currency } trước, hoặc bỏ qua cột đó bằng skip trong tệp ánh xạ
import-nothing-written = không ghi tệp nào
import-nothing-to-change = các tệp đơn vị đã có đúng những số liệu này: không có gì thay đổi
import-dry-run = đây là chạy thử: không ghi tệp nào; thêm --write để ghi { $files } tệp
import-locked = một lệnh import khác vào trang này vẫn đang chạy; đã chờ { $seconds } giây mà chưa xong; hãy chạy lại khi lệnh kia đã xong
import-source-not-web = "{ $url }" không phải địa chỉ của một trang web; hãy ghi đầy đủ, bắt đầu bằng https://
import-source-needs-title = nguồn cần có tên: ghi --source-title "…" cùng với --source-url
import-read-only = { $path } chỉ cho đọc, không ghi được; hãy cho phép ghi tệp đó, hoặc bỏ đơn vị đó khỏi bảng tính
import-wrote = đã ghi { $files } tệp; bây giờ hãy chạy campaign-site check
import-no-name = dòng này có số liệu nhưng không có tên đơn vị
import-name-several = "{ $name }" có thể là nhiều đơn vị: { $units }; hãy ghi tên trong tệp ánh xạ (units:)
import-unit-twice = dòng thứ hai cho { $unit } (dòng đầu ở { $first })
import-name-unknown = "{ $name }" không phải đơn vị nào của phong trào { $campaign }{ $hint }; hãy thêm vào tệp ánh xạ (units:), hoặc tạo mới bằng --new-units --kind LOẠI
import-did-you-mean = ; có phải là "{ $name }"?
import-new-needs-kind = --new-units cần biết loại của đơn vị mới: hãy dùng --kind (province, sector...) hoặc kind: trong tệp ánh xạ
import-name-no-id = "{ $name }" không cho ra tên tệp; hãy viết tên đơn vị bằng chữ hoặc số
import-name-unfit = "{ $name }" không dùng làm tên đơn vị mới được: tên đơn vị chỉ nằm trên một dòng và dài không quá khoảng một trăm chữ cái
import-read-sheet = { $file }, trang tính "{ $sheet }":
import-read-csv = { $file }:
import-above-one = dòng 1 nằm trên dòng tiêu đề (tên bảng): không đọc
import-above = dòng 1–{ $last } nằm trên dòng tiêu đề (tên bảng): không đọc
import-header = dòng tiêu đề là dòng { $first }–{ $last }
import-header-one = dòng tiêu đề là dòng { $row }
import-no-rows = không có dòng nào dưới dòng tiêu đề ghi tên một đơn vị kèm số liệu: không có gì để nhập
import-column-unused = cột "{ $label }" không được đọc: không có chỉ số nào trong campaign.yaml mang tên này; hãy ghi nó trong tệp ánh xạ (--map), hoặc đánh dấu skip ở đó
import-column-ordinal = cột { $column } "{ $label }": số thứ tự, không đọc
import-column-skip = cột { $column } "{ $label }": bỏ qua, theo tệp ánh xạ
import-column-name = cột { $column } "{ $label }": tên các đơn vị
import-scale = {" "}(nhân { $scale })
import-by-map = {" "}(theo tệp ánh xạ)
import-column = cột { $column } "{ $label }" -> { $key }{ $scale }{ $how }
import-rows = { $count } dòng được đọc là đơn vị: { $rows }
import-blank-rows = dòng trống, không đọc: { $rows }
import-why-column-numbers = đó là dòng đánh số cột
import-why-totals = đó là dòng tổng của bảng ("{ $text }"): tổng do công cụ tự tính
import-why-no-figures = dòng này không có số liệu ("{ $text }")
import-row-skipped = dòng { $row } không được đọc: { $why }
import-cell-line = { $cell }: { $text }
import-unit-new = { $unit }: tệp mới, { $path }
import-unit-same = { $unit }: không đổi
import-unit-faulty = { $unit }: chưa thay đổi, vì dòng của đơn vị này có lỗi (xem bên dưới)
import-unit-changed = { $unit } ({ $path }):
import-change = {"    "}{ $key }: { $old } -> { $new }
import-change-added = {"    "}{ $key }: { $new }
import-comments-lost = không giữ được các chú thích (#) của tệp này: cách trình bày của tệp khiến lệnh nhập phải ghi lại toàn bộ
import-units-absent = { $count } đơn vị của phong trào không có trong bảng tính, giữ nguyên: { $units }
