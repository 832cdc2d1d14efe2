#!/usr/bin/env bash
# `load` of ~1 GiB in 4 layers and of an image of 10,000 small files, then `save` of each, with
# the physical limits of the same bytes: sha256 of the archive (`openssl dgst -sha256`, which
# uses the CPU's SHA instructions like Go and Java do; this machine's coreutils `sha256sum` does
# not and is ~6x slower), `tar -x` of its layer tars, and both in one pass (the limit column of
# the load rows); `cp` of the archive for save. BENCH_LIMITS=0 skips the limit rows.
. "$(dirname "$0")/lib.sh"
bench_begin load-save
gen big "$BENCH_DATA/big.tar" 4 256
gen small "$BENCH_DATA/small.tar" 10000
x_dir="$BENCH_TMP/untar"
out="$BENCH_TMP/saved.tar"
berth_load=1; berth_has load || berth_load=0
berth_save=1; berth_has save || berth_save=0
for e in $BENCH_ENGINES; do engine_reset "$e"; done
for r in $(seq 1 "$BENCH_ROUNDS"); do
  for what in big small; do
    a="$BENCH_DATA/$what.tar"
    label=$([ $what = big ] && echo "1 GiB, 4 layers" || echo "10,000 small files")
    layers=$(ls "$a".layer*.tar | tr '\n' ' ')
    # Physical limits (same bytes, same alternation).
    if [ "${BENCH_LIMITS:-1}" = 1 ]; then
    measure "sha256 archive ($label)" limit "openssl dgst -sha256 $a" "" 1 0
    measure "tar -x layers ($label)" limit "for l in $layers; do tar -xf \$l -C $x_dir; done" "rm -rf $x_dir; mkdir -p $x_dir" 1 0
    measure "load ($label)" limit "for l in $layers; do tee >(openssl dgst -sha256 >/dev/null) <\$l | tar -x -C $x_dir; done" "rm -rf $x_dir; mkdir -p $x_dir" 1 0
    measure "save ($label)" limit "cp $a $out" "rm -f $out" 1 0
    fi
    rm -rf "$x_dir"
    for e in $BENCH_ENGINES; do
      x=$(engine "$e")
      img=bench/$what:latest
      if [ "$e" = berth ] && [ $berth_load = 0 ]; then
        [ "$r" = 1 ] && mark "load ($label)" berth "berth has no 'load' command yet"
      else
        engine_reset "$e"
        measure "load ($label)" "$e" "$x load -i $a" "" 1 0
      fi
      if [ "$e" = berth ] && [ $berth_save = 0 ]; then
        [ "$r" = 1 ] && mark "save ($label)" berth "berth has no 'save' command yet"
      else
        measure "save ($label)" "$e" "$x save -o $out $img" "rm -f $out" 1 0
      fi
      rm -f "$out"
      engine_reset "$e"
    done
  done
done
bench_end
