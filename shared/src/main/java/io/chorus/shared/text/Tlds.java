package io.chorus.shared.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The top-level domains twitter-text 3.1.0 recognises (its TldLists, generated from IANA's root zone
 * in 2020), in its order: a host without a scheme is a URL only when it ends in one of them, and
 * twitter-text's pattern tries them in this order (longest first where one is a prefix of another).
 *
 * <p>Kept small for the browser: each entry is the number of leading characters it shares with the
 * previous entry (one digit) followed by the rest of it, where a character outside ASCII is '~' and
 * three base-64 digits (the browser build would spell it as a six-character escape); then frequent
 * pairs of characters are replaced by a symbol ({@link Packed#unpair}). A test checks the decoded
 * lists against the twitter-text library itself. Data from twitter-text, Apache License 2.0: see NOTICE-twitter-text.md.
 */
final class Tlds {
  private Tlds() {}

  /** Generic TLDs (com, org, みんな, …), a space, country-code TLDs (jp, uk, 中国, …): packed. */
  static final String PACKED =
      "%C2y~C4n%BBt~Cxq1~B4t%9cP~6Wy~97C~6B9%9aG{E5%9ZV{J1%9ZU{8f~6rc%9Rx~8eA~7R8~7dH%9R6{RY%90Q~8of%8q"
      + "j~79f%8mt~6jC%8lw{Vw~4wQ%81K~90Q%7zH~7xS1~7hP1{wN1{T0%7x4~7x7~6Sw~6U4%7dx{Ae%7FW{kT%72v~7SB%6uu~"
      + "68F%6tX~9fi~9KX%6Sw~6U4%6Ru~7nD%6Ns{mQ%6Mm~9Nx%6K.{wS1{AX%6BR~81O%69B~8X?~6Sw%68H~78n~4zW%658{M4"
      + "%5_k{DQ%5v.~4uS%5tb~8XC%5ks~9Rx%5|~4vG%5af~4ux~6LP%5ad~6B.1~4yN~6nz~8zc%5Se~7w.%5O9~97C{ad~95I{w"
      + "N2%5L6~6W71{wN1{VE%55i~7RA1{Fu%55h{Dc%51b{wt%4.X~61l%4zR{nn%4y1~4uQ%4uj~6M7~7zH1~4.X%4uM~7LC%33T"
      + "~*a~33p~338%33L~*X~333~*t~33d~33p%*x~33y~33h%*v~338~*Y%*p~33W%*m~33y~*m~33h%*l~33f~*c~339%31.~*J"
      + "~31g/u4!uj!uX/au!=!aN!aW!ae/ae!b7!aV/aL!b9!ak0'7'5#n`'70'5'8'2#v2#e`'A'4'A0'3'8'51`#h'8'4'A'30#v"
      + "#n#e0#q#e'3#f0#e'A#g'31`#o`#n0`'4#v'4'A`'61#n`'5'3'81#g#r`'4`#g1#e'8#u#e'A/Nd!NL!NT/H1@m@v!H2/H/"
      + "H3!H1/G_!H/Gp1@z@x@m@v@z/Gy@_!H1@w@o@m/Gw@_@y1@m!H2@_@x@u@w/Gq@r!H2@u0zu$ich1,?ippo31$o1>=ppos0y"
      + "un1outube*koham=g=dobashi1)dex2maxun2hoo2chts0xyz1xx1p$ia1&2hu)1f&[y1$ox1box0wtf2c1ow2rld3ks42od"
      + "sid(lt$skluw$1m?&n$;e3dows*lliamhill2ki2|1hoswho1eir3bo2dd]*bs[e3$3cam-th$ch)nel7}tches52rm)2ngg"
      + "ou42lt$3m>t3es0vuelo<oyag(to3]3(lvo3kswag|2dka1la)d$|1ivo3=:apr&t53i,3=rg&2p2n2lla+k]2g2deo-je<e"
      + "t2rsich$ung3m!3sg|sb$atung9b$at$3isign2nture+ga<)gu>d3=cati,s0up<ol1no2iv$s[y3com1c,nect1b+)k0tv"
      + "<ushu2ne+i2b?rv2u:-vel$s&sur)ce96ch)nel63&]3d]4?oy;ot=wn2ur+t^2shib=ray2p2ol+kyo2day1m^l1kmaxx1j"
      + "x2maxx1irol3e+p+ff)y2|d=cket+aa1heatre5$2d1ev=nni+masek2lef,ica4c[y*chnology4-m1dk1ci}xi*ttoo3>4"
      + "motor+rget2obao2lk2ipei2b0sy:em+m)tec2dney1wis;ftcov$-tch1uzuki2rg$y3f2pport4ly5ie+ck<tyl(udy4io"
      + "2ream2ore4age3ckholm2cgroup*atoil4ef>m5b)k3rhub43ple;da1rt2l1preadbett]2ot3rt2iegel-c?oy2ny3g2lu"
      + "ti,;>2hu2ftw>e4b)k2ci^3c$1ncf1mil(>t1l]1kype*&31[(ngle;=lk1hriram2owtime43uji3pp]43e+iksha3=ell-"
      + "w3rp3ngrila1fr1exy*w2v|2+rvice+n$2lect2ek2cur[y5(at3rch1cot3r2johns,2i|c(hw>z3ule3ool4l>ship;mid"
      + "t3aeffl$2b-1b+i}xo2v(+rl2po*nofi3dvikcorom)t72msung4club2l,3(kur=fety4-rl)d0ryukyu1w?un2hr2gby1s"
      + "vp1oom2g$+deo2ck;h$1m[1ip2o2l2ghtathom(coh3h>dli41exroth2views62:aur)t42public)3ort3air2nt^s4*li"
      + ")c([3s|52hab2dumbrella3:,e*cipe+^ty5or4e:ate3d}id2dio2c]0qvc1ue:3bec1p,0pwc1ub1rud|ti^*otecti,3p"
      + "$ty7ie;mo3gressive3f3ducti,s4*im(es+axi3m$ica1o:2rn2l[i(k$2hl1nc1lu;mb]-y:ati,43c?izz=,e$2nk3g*d"
      + "2ctures4et3+aget1hysio2otos5graphy53n(ilip+d-rmacy1fiz$1et1ccw}y2ssag|+rty4s4n$;;i+n$ai3as,ic2mp"
      + "$edchef2ge0ovh1tt2suka1saka1rig&;|texpres+g)ic*)ge3cl?p|1oo1nyoursid(l&e*g2?mega1llo2dnavy-y)gro"
      + "up61k&awa1ffice31bs$v$2i0nyc1tt1rw-1owtv3ruz*rt,4hwe:$nmutu^2kia1issay5n2nj=k,3(co1hk1go1fl1exu;"
      + "tdirect42w;holl)d*u:>2twork3flix3b)k*c1ba}vy2tura3i,wid(m(goy=dex2b0mutuelle4^2seum1tr2pc2n1sd1o"
      + "vi:>4e*torcycles42scow2rtgage3m,2p>2ntbl)c3:$3ey3ash2m2i2(d=bily5e41ma1l+b1[subishi*nt3i2l2croso"
      + "ft-mi1etlif(rckmsd2o2nu*mori^3(lbourn(et2dia31ck&sey2d,^d;1ba}ttel2s$ati2rsh^l;riott3kets6]62p2n"
      + "go3agem|t*keup2is,3f2drid2cys0luxury3(p&2ndbeck1tda31plf&)ci^31ov(tto4(nd,2l2ft2cu;k$2)s41lp2c1i"
      + "xil2v]3(psy2nk3de3coln2mo3[ed2lly2k(ght]2fe:yle4&sur)ce42dl-is,1gbt1exu+go3^2frak2cl$c-s?d<awy$*"
      + "trobe3&o*s^l(nxes;drov$43come4ia4a:$2m$3borgh&i2dbroke+caixa0kyoto1uokgroup1red2d1pn2mg1osh$2mat"
      + "su2eln1iwi2tch|2ndle4$2m-1fh1$ryprop$ties5logi:ics5hotel<ddi}uf|0junip$2ego<pr+morg)1oy2t2burg3<"
      + "nj1mp1ll2c1io1ewelry2tzt2ep1cp2b}v=gu>0iwc1veco1tv-u1:)bul*maili2elect1rish1pir)ga1nve:m|t+tu[3$"
      + "nati,^4l*sure5)ce3t[ut(k2g2fo3&[i2du:rie+c1mmobili|42db-mat1k)o1&et1fm1ee?cu2(bc1bm0hyundai-tt1u"
      + "ghe<tc1sbc1ow2us(tmail3els5es*:]43p[^2rs(neywell3d=mes|se54goods4depot2liday3d]+ckey1kt1iv2tachi"
      + "2sam[su2phop1gtv1$me;(ls&ki3p-lthc>e61dfcb)k41bo}u+ngout2mburg2ir0guru2[>;d(g(cci-rdi)1roup3c$y2"
      + "ip(e|-ti;phic;]$1ov2t2p2ogle43dye>4h)ds*lf3dpo&t42daddy1mx2o2bh-il1lobo4^2(as;d?iv]3e+fts41ge?eo"
      + "rg(nt]4-1dn1biz}y2rd|2p2mes42llup4o4$y30fyi1utbol2rn[ur(nd*jix$ox4tsu1tr1r,ti$5door3g)+l2es|iu;?"
      + "ox2undati,2rum3s^e3ex3d2otb^l3dnetwork431ly2smidth2ow$;ri:2ir3ght;ckr1[ness*sh]42rmd^e3e:,e42n)c"
      + "i^6e4l2lm2do3el[y-t1$r$o4>i2edback2dex}:3hi,2rm$s42ns*mily2[h3rw&d;l2ge0extraspac(pres;osed3$t2c"
      + "h)g?v$b)k3nt<u+rovisi,1tis^at1sur)c(tat(q1rni2icss,1quipm|t1ps,2o:1nt$prise+g&e$]82$gy1m$ck-il1d"
      + "ucati,*eka1co}t2rth0dvr-g1urb)2p,t2n;lop2ck2bai1tv1riv?ownload2t2os)2ma&+h=g2dg(ctor3<np1iy2sh3c"
      + "ov$5unt2rectory62g[^2et-m,d<hl1ev2sign42nti:4^2mocrat2lta3o[te3l3iv$y2gre(^s4$41d<clk}y2tsun3]3e"
      + "3=nc(d2bur0cyou2mru1uis&ella1sc1ruises62+own2icket2ed[uni,6c>d61pa1ourse;p,s63ntry2rsic=op3l3k]c"
      + "h)nel72ntractors4act3sult]4tructi,3do+msec3put$4>e5ny3mun[y4b)k3ca:*logne3leg(ffe(de+ach1lubmed4"
      + "2oud3th]2&ique5c3ck2e)]-im<[yeats43ic43adel2sco2rcl(pri)i1hurch2rysl$3ome3i:ma+lo(&tai2eap-t3se3"
      + "r[y3nnel4el1fd-1$n2o2nt$2b1b+r(n-}tholic3$]*s&o3h3eih43=rti$3;e$s643d;av)*p[^,e73etown2n,3c$rese"
      + ">ch2mp3$a*lv&kle&3l*f(b0bzh1uzz2y2s&es+ild$s52gatti2dape:1russel+oth$3k$3adway2idge:,(adesco1ox2"
      + "utiqu(t2:,4ik3ch2ot;k]4*nd2m2f=ehr]$-t<npp>iba+l1mw2<lu(oomb$g3g3ckbu:$2)co3ckfriday51iz2o2ngo42"
      + "k(d2bl?h>ti1et2:buy42rl&2ntley2$-uty3t<cn2g1bv=t2c}y$n2uhau+sketb^l3eb^l2rga&;efoot3clays7c>d4el"
      + ",a*nk3d3)>epublic4mex2idu2by0azur?xa1w<vi)ca1utos43hor2spo:2dio4ble42cti,1ttorney2hleta1ssociate"
      + "+i=da1rte*p=my2chi-mco3b1qu>ell?pple*>tm|t<ol1nz2qu)2droid-lytic<m:$dam2ic=fam2ex3ric)family8exp"
      + "res<l:om3ac(ly3:ate3f&)z2ipay3bab=f>omeo1kdn1irtel3force3bu+go31g|cy-kh)1fric=l-milycomp)y1etn=r"
      + "o2g1dult2+ac1ctor3iv(o2count)ts9t3|tur(ademy1budhabi2ogado2l(c2bvie3ott*>th1>p-0,i, %DLS~Arj%9cP"
      + "~6ul%6_p~9M0%6Mm{AW{TX%5Fm~71Z1~6v_%4uj{SB1{Rz%13I~13K/wb!wo!wd/v4!uN!uY/sz!+!sQ!tF/qj!q_!qm!qa!"
      + "q2/oj!o_!om!oa/mj!m_!mm!ma!nD/kQ!k.!kP!lD!kL!kg!lD!kg!l2!km!lD/k7!ko!kP!lD!kL!l81!ke!lD!ka!k.!kl"
      + "!k_/ij!i_!im!ia/gj!g_!gm!ga/ej!e_!em!ea/cj!c_!dm!c=!cm!ca/ci!c_!c2!co!c_/aj!a_!am!bB!aa3!aa!ak!b"
      + "D4/Q0`#n#g0'_`!Qf#p#g`'60'5'8#n'A#g`'6'A`1'4'A#p'A`1#r#n0'2#t#n0'1'4#p#t'A'60#v'5`'61#n`'20#p'8#"
      + "n'A#f2#l`'60#g'8'6#p0#e!Q_`#n#g1`#n#g0`!RC#n`'61'5`#n`#g1'4'5#w#n#(#p#v'8#l'A#f2#i#o`#c#n2#e#j#n"
      + "'A'62`#n#l'6/Lm!LX!Lr/IR@m@t/H3@w!H0/H1!H/Gn/H/H4/Gy@_@z1@w@q/Gr!HE/Gn@r@x1@p/Er!F51!Ex0zw1m}0yt"
      + "1e0w<f0vu1n1i1g1?c}0uz1y1<m1k1g}0tz1w1v1t1r1p1o1n1m1l1k1j1h1g1f1d1c0sz1y1x1v1u1t1<r1o1n1m1l1k1j1"
      + "i1h1g1?d1c1b}0rw1u1<o1e0qa0py1w1t1<r1n1m1l1k1h1g1f1?a0om0nz1u1r1p1o1l1i1g1f1?c}0mz1y1x1w1v1u1t1<"
      + "r1q1p1o1n1m1l1k1h1g1f1?d1c}0ly1v1u1t1<r1k1i1c1b}0kz1y1w1r1p1n1m1i1h1g1e0jp1o1m1e0[1<r1q1o1n1m1l1"
      + "?d0hu1t1r1n1m1k0gy1w1u1t1<r1q1p1n1m1l1i1h1g1f1?d1b}0fr1o1m1k1j1i0eu1t1<r1h1g1?c0dz1o1m1k1j1e0cz1"
      + "y1x1w1v1u1r1o1n1m1l1k1i1h1g1f1d1c}0bz1y1w1v1t1<r1q1o1n1m1l1j1i1h1g1f1?d1b}0az1x1w1u1t1<r1q1o1n1m"
      + "1l1i1g1f1?d1c";

  /** The pair table of {@link #PACKED}. */
  static final String PAIRS =
      "!~0#!O$er%0~&in'!P(e2)an*32+s2,on-2a/0!:st;s3<s1=a2>ar?e1@!G[it]&g^al`#d{~5|en}1a";

  /** The front-coded generic TLDs. */
  static String generic() {
    String both = Packed.unpair(PACKED, PAIRS);
    return both.substring(0, both.indexOf(' '));
  }

  /** The front-coded country-code TLDs. */
  static String country() {
    String both = Packed.unpair(PACKED, PAIRS);
    return both.substring(both.indexOf(' ') + 1);
  }

  /** The entries of a front-coded list, in order. */
  static List<String> decode(String packed) {
    List<String> tlds = new ArrayList<>();
    String previous = "";
    int i = 0;
    while (i < packed.length()) {
      StringBuilder tld = new StringBuilder(previous.substring(0, packed.charAt(i) - '0'));
      i++;
      while (i < packed.length() && (packed.charAt(i) < '0' || packed.charAt(i) > '9')) {
        if (packed.charAt(i) == '~') {
          tld.appendCodePoint(Packed.digits(packed, i + 1, 3));
          i += 4;
        } else {
          tld.append(packed.charAt(i++));
        }
      }
      previous = tld.toString();
      tlds.add(previous);
    }
    return tlds;
  }

  /** A front-coded list as a regex alternation, in order. */
  static String alternation(String packed) {
    StringBuilder sb = new StringBuilder();
    for (String tld : decode(packed)) {
      if (sb.length() > 0) {
        sb.append('|');
      }
      sb.append(tld);
    }
    return sb.toString();
  }
}
