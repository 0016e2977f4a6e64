#!/usr/bin/env python3
# Gauss–Krüger forward projection for SWEREF 99 TM after Lantmäteriet's published
# formulas: an oracle independent of PROJ.
import math
a=6378137.0; f=1/298.257222101; lon0=math.radians(15); k0=0.9996; FN=0; FE=500000
e2=f*(2-f); n=f/(2-f); ar=a/(1+n)*(1+n*n/4+n**4/64)
A=e2; B=(5*e2**2-e2**3)/6; C=(104*e2**3-45*e2**4)/120; D=(1237*e2**4)/1260
b=[n/2-2*n*n/3+5*n**3/16+41*n**4/180, 13*n*n/48-3*n**3/5+557*n**4/1440, 61*n**3/240-103*n**4/140, 49561*n**4/161280]
def fwd(lat,lon):
    p=math.radians(lat); l=math.radians(lon)
    s=math.sin(p); c=math.cos(p)
    ps=p-s*c*(A+B*s*s+C*s**4+D*s**6)
    dl=l-lon0
    xi=math.atan(math.tan(ps)/math.cos(dl)); eta=math.atanh(math.cos(ps)*math.sin(dl))
    x=k0*ar*(xi+sum(b[i]*math.sin(2*(i+1)*xi)*math.cosh(2*(i+1)*eta) for i in range(4)))+FN
    y=k0*ar*(eta+sum(b[i]*math.cos(2*(i+1)*xi)*math.sinh(2*(i+1)*eta) for i in range(4)))+FE
    return x,y
for lat,lon in [(57.498,14.147),(57.433,14.091),(66.0,20.0)]:
    print(lat,lon,"%.3f %.3f"%fwd(lat,lon))
