//! What the Korean reader says itself when it cannot load a timeline: a `?src=` it refuses,
//! a file too large, a file it cannot fetch, a converter reply it cannot read.

use korea_timeline::core::import::transfer::decode;
use korea_timeline::core::load::limits::too_large_message;
use korea_timeline::core::load::source_url::{check_source, unreachable_message};

const ORIGIN: &str = "https://example.org";

#[test]
fn a_refused_address_is_explained_in_korean() {
    let refused = |src| check_source(src, ORIGIN).unwrap_err().0;
    assert_eq!(
        refused("javascript:alert(1)"),
        "“javascript:” 주소는 불러올 수 없습니다. 연표 JSON 파일의 http:// 또는 https:// \
         주소를 쓰세요"
    );
    assert_eq!(refused(" "), "?src= 주소가 비어 있습니다");
    assert!(refused("//example.org/t.json").contains("https://로 시작하게 쓰세요"));
}

#[test]
fn a_file_the_reader_cannot_load_is_explained_in_korean() {
    assert!(too_large_message(None).starts_with("파일이 5242880바이트(5MiB)보다 큽니다."));
    assert!(unreachable_message("https://example.org/t.json", true).contains("오프라인"));
    let garbled = decode("{\"Read\":").unwrap_err();
    assert!(
        garbled[0]
            .message
            .starts_with("연표 파일을 읽고 검사하는 기능의 응답을 읽을 수 없습니다("),
        "{}",
        garbled[0].message
    );
}
