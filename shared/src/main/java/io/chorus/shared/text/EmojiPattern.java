package io.chorus.shared.text;

/**
 * twitter-text 3.1.0's emoji pattern (TwitterTextEmojiRegex: the Unicode 12.1 emoji and their
 * sequences, which weigh 2 each on X), packed for the browser. Decoded, it is exactly twitter-text's
 * pattern string (a test compares them); both java.util.regex and RegExp with the u flag read it alike.
 *
 * <p>Packing: the pattern's syntax characters {@code ()|[]-?:!} stay as they are; every literal code
 * point becomes a token: two base-64 digits for U+1F000–U+1FFFF, {@code ~} for U+200D (ZWJ),
 * {@code ^} for U+FE0F (VS16), {@code '}+2 digits for U+2000–U+2FFF, {@code {}+2 digits for tags
 * (U+E0000–U+E0FFF), {@code }}+3 digits for any other code point; then frequent pairs of characters
 * are replaced by a symbol ({@link Packed#unpair}). Data from twitter-text, Apache License 2.0: see
 * NOTICE-twitter-text.md.
 */
final class EmojiPattern {
  private EmojiPattern() {}

  /** The pattern, packed (then pairs replaced by symbols, see {@link Packed#unpair}). */
  static final String PACKED =
      "(?:@+>$e[Fy*&@Fy>$e/Fz*&@Fz>$e/FyF_F&@F_>$e/*zF&@F.>$e/*_#=+>$e[Fy*&=+>$f[Fy*&=Fy>$e/Fz*&=Fy>$f/"
      + "Fz*&=Fz>$e/FyF_F&=Fz>$f/FyF_F&=F_>$e/*zF&=F_>$f/*zF&=F.>$e/*_#=F.>$f/*_#dH+>~dH/*&dHFy>~dH/*&dHF"
      + "z>~dH/*&dHF_>~dH/*&dHF.>~dH/*&dH>~dH|Hh/*&Hi/*&Hj/*&[Hh-Hj])|[@=dH]/*.]?~(?:'QL^|'QM^|`8^|[C_DpE"
      + "JEaEeFhFjIxIyKdKiQ0QIcl-cpcycz])|['RvFBFCLqLr]([^+*.]~[,0,2]^)|[F3F4FAHkHnHpHtI1I2I6I7P5-P7PBPDP"
      + "EQZQq-Qsacarat-avaza_cucvdD-dFdM-dT]/*.]?~[,0,2]^|(?:@~'Ta^~IB$e|=~'Ta^~IB~[@=#@$e$c$c|@$e$d~[Hc"
      + "Hd#@$f$c$c|@$f$d~[HcHd#=$f$c$c|=$f$d~[HcHd#@~'Ta^$e|=~'Ta^~[@=#Fp^~'Qd^|@$c$c|@$d~[HcHd#@$e~[HcH"
      + "d#@$f~[HcHd#=$c$c|=$d~[HcHd#=$f~[HcHd#Fp^~C8|Fq~'OW^|Hl~,0^|Hl~,2^|ay~,0^|ay~,2^|dU~,0^|dU~,2^|d"
      + "V~,0^|dV~,2^|GL~cw|H1~Ne|@~[HcHd#=~[HcHd])|[}00Z}00g}00m-}00v]^?'3Z|(?:[}02f}02k'4Y,V]^)|['0y'19"
      + "'4v'6K-'6P'6f'6g'CQ'CR'Ce'FF'Fj-'Fl'Fn'Fo'Fu-'Fw'J2'Mg'Mh'Ms'N0'Nx-'N_'O0-'O4'OE'OH'OK'OL'OO'OW'"
      + "OY'OZ'Oc'Og'Ok'Ol'Ou-'Ow,0,2,8-,J,W,Z,b,c,e,x,.'QI-'QN'QP'QR'QS'QW'QX'Qd'Qg'Qh'Qm'Qn'Qz'Q_'R4'R5"
      + "'R8'RF'RH'RJ'RK'Rf'Rg'Rm-'Rr'Ru'Rw'Rz`2`8`9`F`I`K`M`T`X`p`q'T4'T7'TN'TZ'Ta'UX'aq'ar'i5-'i7'iR'iS"
      + "'jG'jL}30m}30z}3AN}3AP045m5n5_5.828Q8l8tCXCa-CiCsDzEMENEP-EREUEVFDFEFK*VFpFrFtG.H1JzL9LALlLmLpLs"
      + "-LvM7MA-MDMbMeMnMoMyN2-N4NH-NJNS-NUNXNZNeNlNpNwRBRD-RFRW-RbRfRmRp](?:^|(?!}FuE))|(?:['OT'Rt'Rv`C"
      + "`DFBFCLqLrMG](?:^|(?!}FuE))|[`A`BE5F2*4F7FAH2H3H6-HGHc-=HkHm-HuHyI1-I3I5-I7IgLwMLMMP5-P7PB-PFQZQ"
      + "q-QsR0RCaFaO-aSaUaVacam-avaza_crcscucvcxdD-dFdH-dT])/*.]?|(?:Fq{1d{1Y{1b{1k{1d{1.|Fq{1d{1Y{1p{1Z"
      + "{1q{1.|Fq{1d{1Y{1t{1i{1p{1.|7c;e%i7k7n7o7q7s%w7y7z7&7d;c7d7f%l7n%q7s%v7x7y7_7&7e;c7e7f7h%k7m%r7t"
      + "7w%&7f;g7i7l7m7o7q7&7g;c7e7g7i7j7t%w#7h;k%m7o7q7t#7i;c7d7f%k7n%p7r%w7y7_#7j;m7o7p7t7v7w#7k;e%g7n"
      + "%q7s%v#7l;g7o7q7r#7m;g7i%k7o7p7r7t7y7_7&7n;c%e7k7m7t%x7_#7o;c7e%j7m%&7p;c7e7g%i7k7n7q7r7t7w7&7q7"
      + "o|7r;c7g%j7m%p7t%v7y7_#7s7c|7t;g7q7u7w7y#7u;c%g7i%q7t%v7x7z%&7v;c7e7f7h%j7l%q7t7v7x7y7&7w;c7i7o7"
      + "p7u7_7&7x;c7e7g7i7k7p7w#7y;h7u#7z7m|7_;g7v#7.;c7o7y#['Ff-'Fi'Fm'Fp,_'RE`5`e'TC'TE'TJ-'TL'UL-'UN'"
      + "Um'U.}EKA3F6E6H-6Q7c%.818o-8s8u-8w9G9HC0-CWCj-CrCt-DyD_-E4E6-EJEW*1F5F6F8F9FF*JFW*mFqFu-G_H0H4H5"
      + "HH-HbHgHlHv-HxHz-I0I4I8-IfIh-JyJ.-KzLB-LELG-LdMaNx-P4P8-PAQ0-QYQa-QpQt-Q.R1-R5RG-RIRLRhRiRq-RwVW"
      + "-VhaDaEaG-aN<aW-abad-alawaya.-b5b7-bnbp-bsbw-cYcb-cgck-cqctcwcy-dAdGdU-d.fm-fpfu-fwg0-g2gG-gL])|"
      + "^";

  /** The pair table of {@link #PACKED}. */
  static final String PAIRS =
      "#]|$~H%-7&.#*-F+Fx,'P/[+;[7<aT=Hf>~<@He`'S";

  /** The pattern as twitter-text writes it. */
  static String decode() {
    String packed = Packed.unpair(PACKED, PAIRS);
    StringBuilder sb = new StringBuilder(packed.length() * 2);
    int i = 0;
    while (i < packed.length()) {
      char c = packed.charAt(i);
      int cp;
      if ("()|[]-?:!".indexOf(c) >= 0) {
        sb.append(c);
        i++;
        continue;
      } else if (c == '~') {
        cp = 0x200D;
        i++;
      } else if (c == '^') {
        cp = 0xFE0F;
        i++;
      } else if (c == '\'') {
        cp = 0x2000 + Packed.digits(packed, i + 1, 2);
        i += 3;
      } else if (c == '{') {
        cp = 0xE0000 + Packed.digits(packed, i + 1, 2);
        i += 3;
      } else if (c == '}') {
        cp = Packed.digits(packed, i + 1, 3);
        i += 4;
      } else {
        cp = 0x1F000 + Packed.digits(packed, i, 2);
        i += 2;
      }
      sb.appendCodePoint(cp);
    }
    return sb.toString();
  }
}
