//! Camera metadata out of photos that are published as they are (from `static/`): the place,
//! owner and description a camera or phone writes (EXIF, GPS, XMP, IPTC, comments) are taken
//! out without touching the pixels. Processed photos never carry them in the first place.

/// `bytes` without their metadata when they are a JPEG or PNG that has some; `None` otherwise
/// (other files, and files that cannot be read as either, are published as they are).
pub fn metadata(bytes: &[u8]) -> Option<Vec<u8>> {
    if bytes.starts_with(&[0xFF, 0xD8]) {
        jpeg(bytes)
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        png(bytes)
    } else {
        None
    }
}

/// JPEG segments before the image data: APP1-APP15 but colour profiles (APP2 `ICC_PROFILE`),
/// and comments, are left out; the image data is copied as it is. A photo taken sideways keeps
/// its orientation: its EXIF block is replaced by one that holds only that.
fn jpeg(bytes: &[u8]) -> Option<Vec<u8>> {
    let upright = orientation_segment(bytes);
    let mut upright = upright.as_deref();
    let mut out = bytes[..2].to_vec();
    let mut at = 2;
    let mut dropped = false;
    while at + 4 <= bytes.len() && bytes[at] == 0xFF {
        let marker = bytes[at + 1];
        if marker == 0xDA {
            break; // start of scan: the rest is image data
        }
        let len = usize::from(u16::from_be_bytes([bytes[at + 2], bytes[at + 3]]));
        let end = at
            .checked_add(2 + len)
            .filter(|&e| e <= bytes.len() && len >= 2)?;
        let body = &bytes[at + 4..end];
        let icc = marker == 0xE2 && body.starts_with(b"ICC_PROFILE");
        let metadata = (0xE1..=0xEF).contains(&marker) && !icc || marker == 0xFE;
        if metadata {
            dropped = true;
            if marker == 0xE1 && body.starts_with(b"Exif\0\0") {
                out.extend_from_slice(upright.take().unwrap_or_default());
            }
        } else {
            out.extend_from_slice(&bytes[at..end]);
        }
        at = end;
    }
    if !dropped {
        return None;
    }
    out.extend_from_slice(&bytes[at..]);
    Some(out)
}

/// An APP1 segment with an EXIF block holding only the photo's orientation, when it is not
/// upright as stored.
fn orientation_segment(bytes: &[u8]) -> Option<Vec<u8>> {
    use image::ImageDecoder;
    let mut decoder = image::codecs::jpeg::JpegDecoder::new(std::io::Cursor::new(bytes)).ok()?;
    let value = u16::from(decoder.orientation().ok()?.to_exif());
    if value == 1 {
        return None;
    }
    Some(orientation_segment_of(value))
}

/// The APP1 segment of an EXIF block that holds only an orientation (1-8, as EXIF numbers
/// them): a big-endian TIFF header, then one directory of one entry, 0x0112, a SHORT.
pub fn orientation_segment_of(value: u16) -> Vec<u8> {
    let mut exif = b"Exif\0\0MM\0\x2a\0\0\0\x08\0\x01\x01\x12\0\x03\0\0\0\x01".to_vec();
    exif.extend_from_slice(&value.to_be_bytes());
    exif.extend_from_slice(&[0, 0, 0, 0, 0, 0]);
    let mut segment = vec![0xFF, 0xE1];
    segment.extend_from_slice(&((exif.len() + 2) as u16).to_be_bytes());
    segment.extend(exif);
    segment
}

/// PNG chunks of text and metadata (`tEXt`, `zTXt`, `iTXt`, `eXIf`, `tIME`) are left out.
fn png(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = bytes[..8].to_vec();
    let mut at = 8;
    let mut dropped = false;
    while at + 12 <= bytes.len() {
        let len = u32::from_be_bytes(bytes[at..at + 4].try_into().ok()?) as usize;
        let end = at.checked_add(12 + len).filter(|&e| e <= bytes.len())?;
        let kind = &bytes[at + 4..at + 8];
        if matches!(kind, b"tEXt" | b"zTXt" | b"iTXt" | b"eXIf" | b"tIME") {
            dropped = true;
        } else {
            out.extend_from_slice(&bytes[at..end]);
        }
        at = end;
    }
    if !dropped || at != bytes.len() {
        return None;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segment(marker: u8, body: &[u8]) -> Vec<u8> {
        let mut s = vec![0xFF, marker];
        s.extend_from_slice(&((body.len() + 2) as u16).to_be_bytes());
        s.extend_from_slice(body);
        s
    }

    #[test]
    fn jpeg_metadata_goes_and_the_image_stays() {
        let mut jpg = vec![0xFF, 0xD8];
        jpg.extend(segment(0xE0, b"JFIF\0\x01\x01"));
        jpg.extend(segment(0xE1, b"Exif\0\0GPS 21.0N 105.8E"));
        jpg.extend(segment(0xE2, b"ICC_PROFILE\0colour"));
        jpg.extend(segment(0xFE, b"owner: Nguyen Van A"));
        jpg.extend(segment(0xDB, b"quant"));
        jpg.extend([0xFF, 0xDA, 0x00, 0x02, 1, 2, 3, 0xFF, 0xD9]);
        let out = metadata(&jpg).unwrap();
        let text = String::from_utf8_lossy(&out);
        assert!(!text.contains("Exif") && !text.contains("GPS") && !text.contains("owner"));
        assert!(text.contains("JFIF") && text.contains("ICC_PROFILE") && text.contains("quant"));
        assert!(out.ends_with(&[0xFF, 0xDA, 0x00, 0x02, 1, 2, 3, 0xFF, 0xD9]));
        assert_eq!(metadata(&out), None, "nothing left to take out");
    }

    #[test]
    fn a_sideways_photo_keeps_only_its_orientation() {
        let mut photo = Vec::new();
        image::RgbImage::new(8, 4)
            .write_to(
                &mut std::io::Cursor::new(&mut photo),
                image::ImageFormat::Jpeg,
            )
            .unwrap();
        // EXIF with the orientation 6 (turn right) and a place, after the start of the file.
        let mut exif =
            b"Exif\0\0MM\0\x2a\0\0\0\x08\0\x01\x01\x12\0\x03\0\0\0\x01\0\x06\0\0\0\0\0\0".to_vec();
        exif.extend_from_slice(b"GPS 21.0N 105.8E");
        let mut jpg = photo[..2].to_vec();
        jpg.extend(segment(0xE1, &exif));
        jpg.extend_from_slice(&photo[2..]);
        let out = metadata(&jpg).unwrap();
        assert!(!String::from_utf8_lossy(&out).contains("GPS"));
        use image::ImageDecoder;
        let mut d = image::codecs::jpeg::JpegDecoder::new(std::io::Cursor::new(&out)).unwrap();
        assert_eq!(
            d.orientation().unwrap(),
            image::metadata::Orientation::Rotate90
        );
        assert_eq!(
            image::load_from_memory(&out).unwrap().width(),
            8,
            "pixels untouched"
        );
    }

    #[test]
    fn png_text_goes_and_damaged_files_are_left_alone() {
        let chunk = |kind: &[u8], data: &[u8]| {
            let mut c = (data.len() as u32).to_be_bytes().to_vec();
            c.extend_from_slice(kind);
            c.extend_from_slice(data);
            c.extend_from_slice(&[0, 0, 0, 0]);
            c
        };
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        png.extend(chunk(b"IHDR", &[0; 13]));
        png.extend(chunk(b"tEXt", b"Author\0Nguyen Van A"));
        png.extend(chunk(b"IDAT", b"pixels"));
        png.extend(chunk(b"IEND", b""));
        let out = metadata(&png).unwrap();
        assert!(!String::from_utf8_lossy(&out).contains("Author"));
        assert!(String::from_utf8_lossy(&out).contains("pixels"));
        assert_eq!(metadata(&png[..png.len() - 3]), None);
        assert_eq!(metadata(b"\xFF\xD8\xFF\xE1\xFF\xFF"), None);
        assert_eq!(metadata(b"plain text"), None);
    }
}
