package main

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
)

// runIcons draws the app's PNG icons (the SVG icon is hand-written; these
// follow its design) into the -out directory.
func runIcons(env *cmdEnv, args []string) error {
	fs := newFlagSet(env, "icons", "[-out DIR]")
	out := fs.String("out", "web", "`dir`ectory to write icon-192.png, icon-512.png and icon-maskable.png to")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	for _, ic := range []struct {
		name     string
		size     int
		maskable bool
	}{{"icon-192.png", 192, false}, {"icon-512.png", 512, false}, {"icon-maskable.png", 512, true}} {
		var buf bytes.Buffer
		if err := png.Encode(&buf, drawIcon(ic.size, ic.maskable)); err != nil {
			return fmt.Errorf("encode %s: %w", ic.name, err)
		}
		if err := os.WriteFile(filepath.Join(*out, ic.name), buf.Bytes(), 0o644); err != nil {
			return fmt.Errorf("write icon: %w", err)
		}
	}
	return nil
}

var (
	navy  = color.RGBA{0x1f, 0x2a, 0x44, 0xff}
	cream = color.RGBA{0xfb, 0xfa, 0xf7, 0xff}
	amber = color.RGBA{0xfe, 0xca, 0x74, 0xff}
)

// drawIcon draws the two-panel mark on a 64-unit grid scaled to size. A
// maskable icon fills the square and keeps the mark inside the central
// safe zone (80%).
func drawIcon(size int, maskable bool) image.Image {
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	u := float64(size) / 64
	inset, scale := 0.0, 1.0
	if maskable {
		inset, scale = 6.4, 0.8
	}
	rect := func(x, y, w, h, r float64, c color.RGBA) {
		x, y, w, h, r = (inset+x*scale)*u, (inset+y*scale)*u, w*scale*u, h*scale*u, r*scale*u
		for py := int(y); py < int(y+h+0.5) && py < size; py++ {
			for px := int(x); px < int(x+w+0.5) && px < size; px++ {
				fx, fy := float64(px)+0.5, float64(py)+0.5
				cx := clamp(fx, x+r, x+w-r)
				cy := clamp(fy, y+r, y+h-r)
				if (fx-cx)*(fx-cx)+(fy-cy)*(fy-cy) <= r*r {
					img.SetRGBA(px, py, c)
				}
			}
		}
	}
	if maskable {
		for py := 0; py < size; py++ {
			for px := 0; px < size; px++ {
				img.SetRGBA(px, py, navy)
			}
		}
	} else {
		rect(0, 0, 64, 64, 14, navy)
	}
	rect(12, 14, 18, 36, 3, cream)
	rect(34, 14, 18, 36, 3, amber)
	for _, x := range []float64{16, 38} {
		for i, y := range []float64{21, 27, 33} {
			w := 10.0
			if i == 2 {
				w = 7
			}
			rect(x, y, w, 2, 1, navy)
		}
	}
	return img
}

func clamp(v, lo, hi float64) float64 {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}
