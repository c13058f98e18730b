s#results/ablation_fashion5#results/ablation/fashion5#g
s#results/ablation_fashion#results/ablation/fashion#g
s#results/ablation/runs#results/ablation/mnist/runs#g
s#results/ablation/summary#results/ablation/mnist/summary#g
s#results/ablation\([ '"`)]\)#results/ablation/mnist\1#g
s#results/ablation$#results/ablation/mnist#g

s#results/search_fashion#results/search/fashion#g
s#results/search_gpu#results/search/gpu#g
s#results/search/runs#results/search/mnist/runs#g
s#results/search/search\.#results/search/mnist/search.#g
s#results/search\([ '"`)]\)#results/search/mnist\1#g
s#results/gpu_check#results/gpu/check#g
s#results/gpu/best#results/gpu/runs/best#g
s#results/gpu/table1#results/gpu/runs/table1#g
s#results/gpu/{#results/gpu/runs/{#g
s#results/gpu/\([ '"`)]\)#results/gpu/runs/\1#g
s#results/\(bench_[a-z0-9_]*\.json\)#results/speed/\1#g
s#results/\(batched_[a-z0-9_]*\)#results/speed/\1#g
s#results/\(stack_step\.json\|profile_step_cpu\.json\|time_presets\.json\|dask_speed\.json\)#results/speed/\1#g
s#results/\(kill_resume\.json\|dask_sweep\.json\|sweep_vs_alone\.json\|engine_check_[a-z0-9]*\.json\)#results/reliability/\1#g
s#results/confusion_best_s0\.json#results/confusion/best_s0.json#g
s#bench/\(ablation\.py\|baselines\.sh\|confusion\.py\|keep_study\.py\|scaling\.py\|search\.py\)#bench/experiments/\1#g
s#bench/\(bench_run\.py\|batched\.py\|stack_step\.py\|profile_step\.py\|dask_speed\.py\|time_presets\.py\)#bench/speed/\1#g
s#bench/\(engine_check\.py\|kill_resume\.py\|sweep_vs_alone\.py\|dask_sweep\.py\)#bench/checks/\1#g
s#bench/\(gpu_check\.sh\|gpu_setup\.sh\|gpu_search\.sh\|gpu_summary\.py\)#bench/gpu/\1#g
s#results/search$#results/search/mnist#g
s#bench/gpu_search2\.sh#bench/gpu/gpu_search.sh 2#g
