package main

import (
	"context"
	"io"
)

func runRun(ctx context.Context, args []string, stdout, stderr io.Writer) int    { return exitFailed }
func runSearch(ctx context.Context, args []string, stdout, stderr io.Writer) int { return exitFailed }
func runExport(ctx context.Context, args []string, stdout, stderr io.Writer) int { return exitFailed }
