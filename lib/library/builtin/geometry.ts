import type { ProblemInput } from '@/lib/schemas';

/** Classic geometry problems, stated in our own words; sources name where each comes from. */
export const GEOMETRY: ProblemInput[] = [
  {
    key: 'builtin:euler-line',
    statement:
      'Let $O$, $G$ and $H$ be the circumcentre, the centroid and the orthocentre of a triangle $ABC$. Prove that $O$, $G$, $H$ lie on one line and that $HG = 2\\,GO$.',
    solution:
      'Use vectors with $O$ as origin, and let $a$, $b$, $c$ be the position vectors of $A$, $B$, $C$, so $|a| = |b| = |c|$. Let $h = a + b + c$. Then $(h - a) \\cdot (b - c) = (b + c) \\cdot (b - c) = |b|^2 - |c|^2 = 0$, so the point with vector $h$ lies on the altitude from $A$; in the same way it lies on the altitudes from $B$ and $C$, hence $h$ is the orthocentre $H$. The centroid is $g = \\frac{a + b + c}{3} = \\frac{h}{3}$. So $G$ lies on segment $OH$ with $OG = \\frac{1}{3} OH$, that is $HG = 2\\,GO$ (if the triangle is equilateral, the three points coincide).',
    guidelines:
      '(Partial)\n 1. Proved that $a + b + c$ (with $O$ as origin) is the orthocentre, or an equivalent homothety statement.\n(Almost)\n 1. Proved collinearity but not the ratio $HG = 2\\,GO$.',
    shortAnswer: '',
    category: 'Geometry',
    level: 'pre-IMO',
    source: 'Euler line (L. Euler, 1765)',
  },
  {
    key: 'builtin:simson-line',
    statement:
      'Let $P$ be a point on the circumcircle of triangle $ABC$, and let $D$, $E$, $F$ be the feet of the perpendiculars from $P$ to the lines $BC$, $CA$, $AB$. Prove that $D$, $E$, $F$ are collinear.',
    solution:
      'Write $\\angle(\\ell, m)$ for the directed angle between lines, modulo $180^\\circ$. Since $\\angle PDB = \\angle PFB = 90^\\circ$, the points $P$, $D$, $B$, $F$ lie on the circle with diameter $PB$, so $\\angle(DF, DP) = \\angle(BF, BP) = \\angle(BA, BP)$. Similarly $P$, $D$, $C$, $E$ lie on the circle with diameter $PC$, so $\\angle(DE, DP) = \\angle(CE, CP) = \\angle(CA, CP)$. Because $A$, $B$, $C$, $P$ are concyclic, $\\angle(BA, BP) = \\angle(CA, CP)$. Hence $\\angle(DF, DP) = \\angle(DE, DP)$, so the lines $DF$ and $DE$ coincide and $D$, $E$, $F$ are collinear.',
    guidelines:
      '(Partial)\n 1. Identified the two cyclic quadrilaterals through $P$ and the feet of the perpendiculars.\n(Almost)\n 1. Correct angle chase for one configuration only, without directed angles or a case discussion.',
    shortAnswer: '',
    category: 'Geometry',
    level: 'IMO-easy',
    source: 'Simson line (W. Wallace, 1799)',
  },
  {
    key: 'builtin:ptolemy',
    statement:
      'Let $ABCD$ be a convex quadrilateral inscribed in a circle. Prove that $AC \\cdot BD = AB \\cdot CD + AD \\cdot BC$.',
    solution:
      'Choose $K$ on the diagonal $AC$ with $\\angle ABK = \\angle DBC$; it exists because $\\angle DBC < \\angle ABC$ in a convex quadrilateral. Inscribed angles give $\\angle BAK = \\angle BAC = \\angle BDC$, so triangles $ABK$ and $DBC$ are similar and $AK \\cdot BD = AB \\cdot CD$. Also $\\angle KBC = \\angle ABC - \\angle ABK = \\angle ABD$ and $\\angle BCK = \\angle BCA = \\angle BDA$, so triangles $KBC$ and $ABD$ are similar and $KC \\cdot BD = BC \\cdot AD$. Adding, $AC \\cdot BD = (AK + KC) \\cdot BD = AB \\cdot CD + AD \\cdot BC$.',
    guidelines:
      '(Partial)\n 1. Constructed the auxiliary point $K$ and proved one of the two similarities.\n(Almost)\n 1. Complete except that $K$ is not shown to lie between $A$ and $C$.',
    shortAnswer: '',
    category: 'Geometry',
    level: 'pre-IMO',
    source: "Ptolemy's theorem (Ptolemy, Almagest)",
  },
  {
    key: 'builtin:butterfly',
    statement:
      'Let $M$ be the midpoint of a chord $PQ$ of a circle, and let $AB$ and $CD$ be two further chords through $M$. The lines $AD$ and $BC$ meet the line $PQ$ at $X$ and $Y$. Prove that $M$ is the midpoint of $XY$.',
    solution:
      'Let $x = MX$, $y = MY$ and $m = MP = MQ$. Drop perpendiculars from $X$ to $AB$ and $CD$ with feet $X_1$, $X_2$, and from $Y$ to $AB$ and $CD$ with feet $Y_1$, $Y_2$. Similar right triangles at $M$ give $\\frac{x}{y} = \\frac{XX_1}{YY_1} = \\frac{XX_2}{YY_2}$. Since $\\angle DAB = \\angle DCB$ and $\\angle ADC = \\angle ABC$ (inscribed angles), triangles $AXX_1 \\sim CYY_2$ and $DXX_2 \\sim BYY_1$, so $\\frac{XX_1}{YY_2} = \\frac{AX}{CY}$ and $\\frac{XX_2}{YY_1} = \\frac{DX}{BY}$. Multiplying,\n$$\\frac{x^2}{y^2} = \\frac{XX_1 \\cdot XX_2}{YY_1 \\cdot YY_2} = \\frac{AX \\cdot XD}{CY \\cdot YB} = \\frac{PX \\cdot XQ}{PY \\cdot YQ} = \\frac{m^2 - x^2}{m^2 - y^2}$$\nby the power of a point. Hence $x^2(m^2 - y^2) = y^2(m^2 - x^2)$, so $x = y$.',
    guidelines:
      '(Partial)\n 1. Set up the perpendiculars (or a coordinate system centred at $M$) and obtained one of the ratio identities.\n 2. Used the power of a point at $X$ and $Y$.\n(Almost)\n 1. Complete except for the case where $X$ or $Y$ lies outside the circle.',
    shortAnswer: '',
    category: 'Geometry',
    level: 'IMO-easy',
    source: 'Butterfly theorem (W. G. Horner, 1815)',
  },
];
