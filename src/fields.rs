//! Splitting a CSV row on its delimiter, eight bytes at a time, for the WhatsApp log reader: it
//! runs on every row of logs with millions, and comparing a word at once is several times faster
//! than byte by byte. A row this cannot split (it holds a quote) goes to the `csv` crate.

/// The row holds a byte the plain split does not handle: the CSV reader must split it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Special;

/// Where a field is in its row: `row[from..to]`.
pub type Span = (usize, usize);

/// Splits `row` on `delimiter`, filling `out` with the spans of its first `out.len()` fields, and
/// returns how many fields it has in all (fields past `out` are counted, not kept). With
/// `QUOTES` a quote is [`Special`]; a caller that knows the text holds none leaves the check out.
#[inline]
pub fn split<const QUOTES: bool>(row: &[u8], delimiter: u8, out: &mut [Span]) -> Result<usize, Special> {
    let mut n = 0usize;
    let mut from = 0usize;
    let mut put = |at: usize, n: &mut usize, from: &mut usize| {
        if let Some(slot) = out.get_mut(*n) {
            *slot = (*from, at);
        }
        *n += 1;
        *from = at + 1;
    };
    let mut base = 0;
    let mut words = row.chunks_exact(8);
    for word in &mut words {
        let word = u64::from_le_bytes(word.try_into().unwrap_or([0; 8]));
        if QUOTES && bytes_equal(word, b'"') != 0 {
            return Err(Special);
        }
        let mut hits = bytes_equal(word, delimiter);
        while hits != 0 {
            put(base + (hits.trailing_zeros() / 8) as usize, &mut n, &mut from);
            hits &= hits - 1;
        }
        base += 8;
    }
    for (i, &b) in words.remainder().iter().enumerate() {
        if QUOTES && b == b'"' {
            return Err(Special);
        }
        if b == delimiter {
            put(base + i, &mut n, &mut from);
        }
    }
    put(row.len(), &mut n, &mut from);
    Ok(n)
}

/// The high bit set in each byte of `word` equal to `byte`, and no other bit.
#[inline]
pub fn bytes_equal(word: u64, byte: u8) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let v = word ^ (0x0101_0101_0101_0101 * u64::from(byte));
    !(((v & LOW7) + LOW7) | v | LOW7)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(row: &[u8], delimiter: u8, keep: usize) -> Result<(usize, Vec<String>), Special> {
        let mut out = vec![(0, 0); keep];
        let n = split::<true>(row, delimiter, &mut out)?;
        Ok((n, out.iter().map(|(a, b)| String::from_utf8_lossy(&row[*a..*b]).into_owned()).collect()))
    }

    #[test]
    fn rows_split_on_their_delimiter_only() {
        let row = b"2024-01-01T00:00:00Z,+31612345678,out,template,utility,";
        let (n, got) = fields(row, b',', 6).unwrap();
        assert_eq!(n, 6);
        assert_eq!(got, ["2024-01-01T00:00:00Z", "+31612345678", "out", "template", "utility", ""]);
        assert_eq!(fields(b"a,b,c", b',', 6).unwrap().1, ["a", "b", "c", "", "", ""]);
        assert_eq!(fields(b"a,b,c,d,e,f,g,h,i,j,k", b',', 2).unwrap().0, 11);
        assert_eq!(fields(b"a;b,c;d", b';', 3).unwrap(), (3, vec!["a".to_string(), "b,c".into(), "d".into()]));
        assert_eq!(fields(b"a,b,\"c\",d,e,f", b',', 6), Err(Special));
        assert_eq!(fields(b"a,bbbbbbbbbbbbbbbbbbbbbbb\",c", b',', 3), Err(Special));
        assert_eq!(fields(b",,,,,", b',', 6).unwrap().0, 6);
        let mut out = [(0, 0); 2];
        assert_eq!(split::<false>(b"a,\"b\",c", b',', &mut out), Ok(3));
        assert_eq!(out, [(0, 1), (2, 5)]);
        assert_eq!(fields(b"", b',', 1).unwrap(), (1, vec![String::new()]));
        for b in 0..=255u8 {
            let bytes = [b, b',', 0, 255, b'"', b',', 1, b];
            let want: u64 = (0..8).filter(|i| bytes[*i] == b',').map(|i| 0x80u64 << (8 * i)).sum();
            assert_eq!(bytes_equal(u64::from_le_bytes(bytes), b','), want, "{b}");
        }
    }
}
