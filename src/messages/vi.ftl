# Thông báo của campaign-site bằng tiếng Việt. Mỗi thông báo có một mã và lời của nó;
# { $ten } là chỗ của một giá trị. Đường dẫn, khóa và giá trị giữ nguyên như người biên tập viết.

raw = { $text }

## Cách in một lỗi

diagnostic-error = { $place }: { $text }
diagnostic-warning = { $place }: cảnh báo: { $text }
diagnostic-note = { $place }: lưu ý: { $text }

## Ngôn ngữ của thông báo

lang-env-unknown = CAMPAIGN_SITE_LANG là "{ $value }", một ngôn ngữ campaign-site không dùng (chỉ có vi và en); dùng lựa chọn tiếp theo

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
cli-serve-about = Chạy trang web trên máy này, dựng lại và tải lại trang mỗi khi có thay đổi
cli-serve-port = Cổng để nghe (mặc định: 1111)
cli-serve-bind = Địa chỉ để nghe (mặc định: 127.0.0.1, chỉ máy này)
cli-serve-drafts = Hiện cả các bài có draft: true (bản nháp)
cli-new-about = Tạo bài viết mới bằng mọi ngôn ngữ: content/<MỤC>/<TÊN>.<ngôn ngữ>.md
cli-new-section = Thư mục của chuyên mục trong content/, ví dụ news
cli-new-slug = Tên bài viết, dùng cho tên tệp và địa chỉ web
cli-new-bundle = Tạo thư mục <TÊN>/ với các tệp index.<ngôn ngữ>.md, cho bài viết có ảnh
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
cli-unknown-command = không có lệnh "{ $command }"{ $hint }; các lệnh là build, check, serve, new và init
cli-invalid-value = { $argument } không nhận giá trị "{ $value }"{ $hint }
cli-missing-argument = thiếu { $argument }; xem --help
cli-conflict = không dùng được { $argument } cùng với { $other }
cli-missing-command = hãy cho biết cần làm gì: build, check, serve, new hoặc init (xem --help)
cli-other = { $text }
cli-did-you-mean = ; có phải bạn muốn viết { $suggestion }?
cli-use-one-of = ; hãy dùng một trong: { $valid }
nothing = {""}

## Các lệnh in ra

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
build-summary = đã dựng { $articles } bài viết ({ $per_lang }), { $files } tệp vào { $output } trong { $millis } ms
check-summary = { $errors } lỗi, { $warnings } cảnh báo{ $unchecked }
files-not-checked = , { $files } tệp chưa kiểm tra được (có thể còn lỗi khác, sẽ hiện ra khi sửa xong các lỗi trên)

## Bài viết và trang

content-date-not-a-date = ngày đăng (khóa date) "{ $value }" không phải là một ngày tháng đúng dạng; hãy viết thành { $suggestion }
content-date-write-as = { $form }
content-date-write-as-or-time = { $day } hoặc, nếu có cả giờ, { $with_time }
content-date-not-in-zone = thời điểm { $date } không có thật theo múi giờ { $zone } của trang web; hãy kiểm tra lại giờ đăng
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

## Liên kết
links-outside-content = liên kết "{ $dest }" dẫn ra ngoài thư mục content/; hãy liên kết tới một tệp nằm trong content/
links-refused-script = liên kết "{ $dest }" chạy một đoạn mã, điều mà trang được đăng không được phép làm; hãy liên kết tới một trang hoặc một tệp
links-refused-scheme = liên kết "{ $dest }" dùng "{ $scheme }:", loại địa chỉ mà trang được đăng không được liên kết tới (chỉ được dùng { $schemes }); hãy liên kết tới một trang hoặc một tệp
links-to-draft = liên kết "{ $dest }" dẫn tới content/{ $draft }, là bản nháp nên chưa được đăng; hãy bỏ liên kết này hoặc dựng trang với --drafts
links-missing-did-you-mean = liên kết "{ $dest }" dẫn tới content/{ $target }, tệp này không có; hãy kiểm tra lại tên tệp; có phải ý bạn là "{ $similar }"?
links-missing = liên kết "{ $dest }" dẫn tới content/{ $target }, tệp này không có; hãy kiểm tra lại tên tệp

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
photo-no-alt = ảnh "{ $written }" chưa có lời mô tả (alt); hãy viết ảnh cho thấy điều gì vào giữa hai dấu ngoặc vuông: ![...]({ $written })
photo-image-cannot-be-used = không dùng được ảnh đại diện (khóa image) "{ $image }": { $reason }
photo-image-not-found-did-you-mean = ảnh đại diện (khóa image) "{ $image }" không phải là ảnh JPEG, PNG hay WebP nào trong thư mục content/; hãy kiểm tra lại tên tệp; có phải ý bạn là "{ $similar }"?
photo-image-not-found = ảnh đại diện (khóa image) "{ $image }" không phải là ảnh JPEG, PNG hay WebP nào trong thư mục content/; hãy kiểm tra lại tên tệp
