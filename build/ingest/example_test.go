package ingest_test

import (
	"fmt"

	"diptych/build/ingest"
)

func ExampleLoad() {
	res, err := ingest.Load("../../corpus/articles", ingest.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range res.Articles {
		published := a.Published
		if published == "" {
			published = "(date unknown)"
		}
		fmt.Println(a.ID, published)
	}
	// Output:
	// biden-administration-makes-last-ditch-diplomatic-push 2024-12-13T16:18:00+02:00
	// blinken-presses-hamas-gaza-truce-amid-israel (date unknown)
	// blinken-urges-urgent-ceasefire-talks-between-israel (date unknown)
	// blinkens-diplomatic-mission-urgent-ceasefire-talks-israel (date unknown)
	// us-secretary-state-urges-international-pressure-hamas 2024-06-10T21:02
}
