module @adam_iree attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @step(%arg0: tensor<i32>, %arg1: tensor<512xf32> {tf.aliasing_output = 1 : i32}, %arg2: tensor<512xf32> {tf.aliasing_output = 2 : i32}, %arg3: tensor<512xf32> {tf.aliasing_output = 3 : i32}, %arg4: tensor<512xf32> {tf.aliasing_output = 4 : i32}, %arg5: tensor<512xf32>, %arg6: tensor<f32>, %arg7: tensor<i32> {iree.abi.output = 0 : index}) -> (tensor<i32> {jax.result_info = "result[0]"}, tensor<512xf32> {jax.result_info = "result[1]"}, tensor<512xf32> {jax.result_info = "result[2]"}, tensor<512xf32> {jax.result_info = "result[3]"}, tensor<512xf32> {jax.result_info = "result[4]"}) {
    %c = stablehlo.constant dense<3> : tensor<i32>
    %0 = call @floor_divide(%arg0, %c) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %1 = stablehlo.add %arg0, %c_0 : tensor<i32>
    %c_1 = stablehlo.constant dense<3> : tensor<i32>
    %2 = call @remainder(%1, %c_1) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %3 = stablehlo.compare EQ, %2, %c_2, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %cst = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %4 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %5 = stablehlo.divide %arg5, %4 : tensor<512xf32>
    %6 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<512xi1>
    %7 = stablehlo.add %5, %arg4 : tensor<512xf32>
    %cst_3 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %8 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %9 = stablehlo.divide %7, %8 : tensor<512xf32>
    %10 = call @_where_0(%6, %9, %5) : (tensor<512xi1>, tensor<512xf32>, tensor<512xf32>) -> tensor<512xf32>
    %cst_4 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %11 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %12 = call @_where_0(%6, %11, %7) : (tensor<512xi1>, tensor<512xf32>, tensor<512xf32>) -> tensor<512xf32>
    %13 = stablehlo.optimization_barrier %10 : tensor<512xf32>
    %14 = stablehlo.reshape %13 : (tensor<512xf32>) -> tensor<8x1x4x16xf32>
    %15 = stablehlo.slice %14 [0:1, 0:1, 0:1, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %16 = stablehlo.reshape %15 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %17 = stablehlo.reshape %16 : (tensor<1x16xf32>) -> tensor<16xf32>
    %18 = stablehlo.slice %14 [0:1, 0:1, 1:2, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %19 = stablehlo.reshape %18 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %20 = stablehlo.reshape %19 : (tensor<1x16xf32>) -> tensor<16xf32>
    %21 = stablehlo.slice %14 [0:1, 0:1, 2:3, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %22 = stablehlo.reshape %21 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %23 = stablehlo.reshape %22 : (tensor<1x16xf32>) -> tensor<16xf32>
    %24 = stablehlo.slice %14 [0:1, 0:1, 3:4, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %25 = stablehlo.reshape %24 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %26 = stablehlo.reshape %25 : (tensor<1x16xf32>) -> tensor<16xf32>
    %27 = stablehlo.slice %14 [1:2, 0:1, 0:1, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %28 = stablehlo.reshape %27 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %29 = stablehlo.reshape %28 : (tensor<1x16xf32>) -> tensor<16xf32>
    %30 = stablehlo.slice %14 [1:2, 0:1, 1:2, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %31 = stablehlo.reshape %30 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %32 = stablehlo.reshape %31 : (tensor<1x16xf32>) -> tensor<16xf32>
    %33 = stablehlo.slice %14 [1:2, 0:1, 2:3, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %34 = stablehlo.reshape %33 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %35 = stablehlo.reshape %34 : (tensor<1x16xf32>) -> tensor<16xf32>
    %36 = stablehlo.slice %14 [1:2, 0:1, 3:4, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %37 = stablehlo.reshape %36 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %38 = stablehlo.reshape %37 : (tensor<1x16xf32>) -> tensor<16xf32>
    %39 = stablehlo.slice %14 [2:3, 0:1, 0:1, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %40 = stablehlo.reshape %39 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %41 = stablehlo.reshape %40 : (tensor<1x16xf32>) -> tensor<16xf32>
    %42 = stablehlo.slice %14 [2:3, 0:1, 1:2, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %43 = stablehlo.reshape %42 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %44 = stablehlo.reshape %43 : (tensor<1x16xf32>) -> tensor<16xf32>
    %45 = stablehlo.slice %14 [2:3, 0:1, 2:3, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %46 = stablehlo.reshape %45 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %47 = stablehlo.reshape %46 : (tensor<1x16xf32>) -> tensor<16xf32>
    %48 = stablehlo.slice %14 [2:3, 0:1, 3:4, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %49 = stablehlo.reshape %48 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %50 = stablehlo.reshape %49 : (tensor<1x16xf32>) -> tensor<16xf32>
    %51 = stablehlo.slice %14 [3:4, 0:1, 0:1, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %52 = stablehlo.reshape %51 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %53 = stablehlo.reshape %52 : (tensor<1x16xf32>) -> tensor<16xf32>
    %54 = stablehlo.slice %14 [3:4, 0:1, 1:2, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %55 = stablehlo.reshape %54 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %56 = stablehlo.reshape %55 : (tensor<1x16xf32>) -> tensor<16xf32>
    %57 = stablehlo.slice %14 [3:4, 0:1, 2:3, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %58 = stablehlo.reshape %57 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %59 = stablehlo.reshape %58 : (tensor<1x16xf32>) -> tensor<16xf32>
    %60 = stablehlo.slice %14 [3:4, 0:1, 3:4, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %61 = stablehlo.reshape %60 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %62 = stablehlo.reshape %61 : (tensor<1x16xf32>) -> tensor<16xf32>
    %63 = stablehlo.slice %14 [4:5, 0:1, 0:1, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %64 = stablehlo.reshape %63 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %65 = stablehlo.reshape %64 : (tensor<1x16xf32>) -> tensor<16xf32>
    %66 = stablehlo.slice %14 [4:5, 0:1, 1:2, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %67 = stablehlo.reshape %66 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %68 = stablehlo.reshape %67 : (tensor<1x16xf32>) -> tensor<16xf32>
    %69 = stablehlo.slice %14 [4:5, 0:1, 2:3, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %70 = stablehlo.reshape %69 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %71 = stablehlo.reshape %70 : (tensor<1x16xf32>) -> tensor<16xf32>
    %72 = stablehlo.slice %14 [4:5, 0:1, 3:4, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %73 = stablehlo.reshape %72 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %74 = stablehlo.reshape %73 : (tensor<1x16xf32>) -> tensor<16xf32>
    %75 = stablehlo.slice %14 [5:6, 0:1, 0:1, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %76 = stablehlo.reshape %75 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %77 = stablehlo.reshape %76 : (tensor<1x16xf32>) -> tensor<16xf32>
    %78 = stablehlo.slice %14 [5:6, 0:1, 1:2, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %79 = stablehlo.reshape %78 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %80 = stablehlo.reshape %79 : (tensor<1x16xf32>) -> tensor<16xf32>
    %81 = stablehlo.slice %14 [5:6, 0:1, 2:3, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %82 = stablehlo.reshape %81 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %83 = stablehlo.reshape %82 : (tensor<1x16xf32>) -> tensor<16xf32>
    %84 = stablehlo.slice %14 [5:6, 0:1, 3:4, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %85 = stablehlo.reshape %84 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %86 = stablehlo.reshape %85 : (tensor<1x16xf32>) -> tensor<16xf32>
    %87 = stablehlo.slice %14 [6:7, 0:1, 0:1, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %88 = stablehlo.reshape %87 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %89 = stablehlo.reshape %88 : (tensor<1x16xf32>) -> tensor<16xf32>
    %90 = stablehlo.slice %14 [6:7, 0:1, 1:2, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %91 = stablehlo.reshape %90 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %92 = stablehlo.reshape %91 : (tensor<1x16xf32>) -> tensor<16xf32>
    %93 = stablehlo.slice %14 [6:7, 0:1, 2:3, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %94 = stablehlo.reshape %93 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %95 = stablehlo.reshape %94 : (tensor<1x16xf32>) -> tensor<16xf32>
    %96 = stablehlo.slice %14 [6:7, 0:1, 3:4, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %97 = stablehlo.reshape %96 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %98 = stablehlo.reshape %97 : (tensor<1x16xf32>) -> tensor<16xf32>
    %99 = stablehlo.slice %14 [7:8, 0:1, 0:1, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %100 = stablehlo.reshape %99 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %101 = stablehlo.reshape %100 : (tensor<1x16xf32>) -> tensor<16xf32>
    %102 = stablehlo.slice %14 [7:8, 0:1, 1:2, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %103 = stablehlo.reshape %102 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %104 = stablehlo.reshape %103 : (tensor<1x16xf32>) -> tensor<16xf32>
    %105 = stablehlo.slice %14 [7:8, 0:1, 2:3, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %106 = stablehlo.reshape %105 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %107 = stablehlo.reshape %106 : (tensor<1x16xf32>) -> tensor<16xf32>
    %108 = stablehlo.slice %14 [7:8, 0:1, 3:4, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %109 = stablehlo.reshape %108 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %110 = stablehlo.reshape %109 : (tensor<1x16xf32>) -> tensor<16xf32>
    %111 = chlo.square %17 : tensor<16xf32> -> tensor<16xf32>
    %112 = chlo.square %20 : tensor<16xf32> -> tensor<16xf32>
    %113 = stablehlo.add %111, %112 : tensor<16xf32>
    %114 = chlo.square %23 : tensor<16xf32> -> tensor<16xf32>
    %115 = stablehlo.add %113, %114 : tensor<16xf32>
    %116 = chlo.square %26 : tensor<16xf32> -> tensor<16xf32>
    %117 = stablehlo.add %115, %116 : tensor<16xf32>
    %118 = chlo.square %29 : tensor<16xf32> -> tensor<16xf32>
    %119 = stablehlo.add %117, %118 : tensor<16xf32>
    %120 = chlo.square %32 : tensor<16xf32> -> tensor<16xf32>
    %121 = stablehlo.add %119, %120 : tensor<16xf32>
    %122 = chlo.square %35 : tensor<16xf32> -> tensor<16xf32>
    %123 = stablehlo.add %121, %122 : tensor<16xf32>
    %124 = chlo.square %38 : tensor<16xf32> -> tensor<16xf32>
    %125 = stablehlo.add %123, %124 : tensor<16xf32>
    %126 = chlo.square %41 : tensor<16xf32> -> tensor<16xf32>
    %127 = stablehlo.add %125, %126 : tensor<16xf32>
    %128 = chlo.square %44 : tensor<16xf32> -> tensor<16xf32>
    %129 = stablehlo.add %127, %128 : tensor<16xf32>
    %130 = chlo.square %47 : tensor<16xf32> -> tensor<16xf32>
    %131 = stablehlo.add %129, %130 : tensor<16xf32>
    %132 = chlo.square %50 : tensor<16xf32> -> tensor<16xf32>
    %133 = stablehlo.add %131, %132 : tensor<16xf32>
    %134 = chlo.square %53 : tensor<16xf32> -> tensor<16xf32>
    %135 = stablehlo.add %133, %134 : tensor<16xf32>
    %136 = chlo.square %56 : tensor<16xf32> -> tensor<16xf32>
    %137 = stablehlo.add %135, %136 : tensor<16xf32>
    %138 = chlo.square %59 : tensor<16xf32> -> tensor<16xf32>
    %139 = stablehlo.add %137, %138 : tensor<16xf32>
    %140 = chlo.square %62 : tensor<16xf32> -> tensor<16xf32>
    %141 = stablehlo.add %139, %140 : tensor<16xf32>
    %142 = chlo.square %65 : tensor<16xf32> -> tensor<16xf32>
    %143 = stablehlo.add %141, %142 : tensor<16xf32>
    %144 = chlo.square %68 : tensor<16xf32> -> tensor<16xf32>
    %145 = stablehlo.add %143, %144 : tensor<16xf32>
    %146 = chlo.square %71 : tensor<16xf32> -> tensor<16xf32>
    %147 = stablehlo.add %145, %146 : tensor<16xf32>
    %148 = chlo.square %74 : tensor<16xf32> -> tensor<16xf32>
    %149 = stablehlo.add %147, %148 : tensor<16xf32>
    %150 = chlo.square %77 : tensor<16xf32> -> tensor<16xf32>
    %151 = stablehlo.add %149, %150 : tensor<16xf32>
    %152 = chlo.square %80 : tensor<16xf32> -> tensor<16xf32>
    %153 = stablehlo.add %151, %152 : tensor<16xf32>
    %154 = chlo.square %83 : tensor<16xf32> -> tensor<16xf32>
    %155 = stablehlo.add %153, %154 : tensor<16xf32>
    %156 = chlo.square %86 : tensor<16xf32> -> tensor<16xf32>
    %157 = stablehlo.add %155, %156 : tensor<16xf32>
    %158 = chlo.square %89 : tensor<16xf32> -> tensor<16xf32>
    %159 = stablehlo.add %157, %158 : tensor<16xf32>
    %160 = chlo.square %92 : tensor<16xf32> -> tensor<16xf32>
    %161 = stablehlo.add %159, %160 : tensor<16xf32>
    %162 = chlo.square %95 : tensor<16xf32> -> tensor<16xf32>
    %163 = stablehlo.add %161, %162 : tensor<16xf32>
    %164 = chlo.square %98 : tensor<16xf32> -> tensor<16xf32>
    %165 = stablehlo.add %163, %164 : tensor<16xf32>
    %166 = chlo.square %101 : tensor<16xf32> -> tensor<16xf32>
    %167 = stablehlo.add %165, %166 : tensor<16xf32>
    %168 = chlo.square %104 : tensor<16xf32> -> tensor<16xf32>
    %169 = stablehlo.add %167, %168 : tensor<16xf32>
    %170 = chlo.square %107 : tensor<16xf32> -> tensor<16xf32>
    %171 = stablehlo.add %169, %170 : tensor<16xf32>
    %172 = chlo.square %110 : tensor<16xf32> -> tensor<16xf32>
    %173 = stablehlo.add %171, %172 : tensor<16xf32>
    %174 = stablehlo.optimization_barrier %173 : tensor<16xf32>
    %cst_5 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %175 = stablehlo.reduce(%174 init: %cst_5) applies stablehlo.add across dimensions = [0] : (tensor<16xf32>, tensor<f32>) -> tensor<f32>
    %176 = stablehlo.optimization_barrier %175 : tensor<f32>
    %177 = stablehlo.broadcast_in_dim %176, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %cst_6 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %178 = stablehlo.reduce(%177 init: %cst_6) applies stablehlo.add across dimensions = [0] : (tensor<1xf32>, tensor<f32>) -> tensor<f32>
    %179 = stablehlo.sqrt %178 : tensor<f32>
    %cst_7 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %180 = stablehlo.divide %cst_7, %179 : tensor<f32>
    %cst_8 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %181 = stablehlo.minimum %180, %cst_8 : tensor<f32>
    %cst_9 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %182 = stablehlo.multiply %cst_9, %181 : tensor<f32>
    %183 = stablehlo.bitcast_convert %179 : (tensor<f32>) -> tensor<i32>
    %c_10 = stablehlo.constant dense<2139095040> : tensor<i32>
    %184 = stablehlo.and %183, %c_10 : tensor<i32>
    %c_11 = stablehlo.constant dense<2139095040> : tensor<i32>
    %185 = stablehlo.compare NE, %184, %c_11, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %cst_12 = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %186 = call @_where_1(%185, %182, %cst_12) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %187 = stablehlo.broadcast_in_dim %186, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %188 = stablehlo.multiply %10, %187 : tensor<512xf32>
    %189 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<512xi1>
    %c_13 = stablehlo.constant dense<1> : tensor<i32>
    %190 = stablehlo.add %0, %c_13 : tensor<i32>
    %191 = stablehlo.convert %190 : (tensor<i32>) -> tensor<f32>
    %cst_14 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %192 = stablehlo.abs %cst_14 : tensor<f32>
    %193 = stablehlo.power %192, %191 : tensor<f32>
    %194 = stablehlo.floor %191 : tensor<f32>
    %195 = stablehlo.compare EQ, %194, %191, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %196 = stablehlo.abs %191 : tensor<f32>
    %c_15 = stablehlo.constant dense<2> : tensor<i32>
    %197 = call @remainder_2(%196, %c_15) : (tensor<f32>, tensor<i32>) -> tensor<f32>
    %cst_16 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %198 = stablehlo.compare EQ, %197, %cst_16, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %199 = stablehlo.and %195, %198 : tensor<i1>
    %cst_17 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %cst_18 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %200 = stablehlo.compare LT, %cst_17, %cst_18, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %201 = stablehlo.and %200, %199 : tensor<i1>
    %202 = stablehlo.negate %193 : tensor<f32>
    %203 = call @_where_1(%201, %202, %193) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_19 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %cst_20 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %204 = stablehlo.compare LT, %cst_19, %cst_20, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %205 = stablehlo.not %195 : tensor<i1>
    %206 = stablehlo.and %204, %205 : tensor<i1>
    %cst_21 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %207 = stablehlo.power %cst_21, %191 : tensor<f32>
    %208 = call @_where_1(%206, %207, %203) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_22 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %209 = stablehlo.compare EQ, %191, %cst_22, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_23 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %210 = call @_where_1(%209, %cst_23, %208) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_24 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %211 = stablehlo.abs %cst_24 : tensor<f32>
    %212 = stablehlo.power %211, %191 : tensor<f32>
    %213 = stablehlo.floor %191 : tensor<f32>
    %214 = stablehlo.compare EQ, %213, %191, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %215 = stablehlo.abs %191 : tensor<f32>
    %c_25 = stablehlo.constant dense<2> : tensor<i32>
    %216 = call @remainder_2(%215, %c_25) : (tensor<f32>, tensor<i32>) -> tensor<f32>
    %cst_26 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %217 = stablehlo.compare EQ, %216, %cst_26, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %218 = stablehlo.and %214, %217 : tensor<i1>
    %cst_27 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %cst_28 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %219 = stablehlo.compare LT, %cst_27, %cst_28, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %220 = stablehlo.and %219, %218 : tensor<i1>
    %221 = stablehlo.negate %212 : tensor<f32>
    %222 = call @_where_1(%220, %221, %212) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_29 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %cst_30 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %223 = stablehlo.compare LT, %cst_29, %cst_30, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %224 = stablehlo.not %214 : tensor<i1>
    %225 = stablehlo.and %223, %224 : tensor<i1>
    %cst_31 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %226 = stablehlo.power %cst_31, %191 : tensor<f32>
    %227 = call @_where_1(%225, %226, %222) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_32 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %228 = stablehlo.compare EQ, %191, %cst_32, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_33 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %229 = call @_where_1(%228, %cst_33, %227) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_34 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %230 = stablehlo.subtract %cst_34, %229 : tensor<f32>
    %231 = stablehlo.sqrt %230 : tensor<f32>
    %232 = stablehlo.multiply %arg6, %231 : tensor<f32>
    %cst_35 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %233 = stablehlo.subtract %cst_35, %210 : tensor<f32>
    %234 = stablehlo.divide %232, %233 : tensor<f32>
    %235 = stablehlo.subtract %188, %arg2 : tensor<512xf32>
    %cst_36 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %236 = stablehlo.broadcast_in_dim %cst_36, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %237 = stablehlo.multiply %235, %236 : tensor<512xf32>
    %238 = stablehlo.add %arg2, %237 : tensor<512xf32>
    %239 = call @_where_0(%189, %238, %arg2) : (tensor<512xi1>, tensor<512xf32>, tensor<512xf32>) -> tensor<512xf32>
    %240 = chlo.square %188 : tensor<512xf32> -> tensor<512xf32>
    %241 = stablehlo.subtract %240, %arg3 : tensor<512xf32>
    %cst_37 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %242 = stablehlo.broadcast_in_dim %cst_37, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %243 = stablehlo.multiply %241, %242 : tensor<512xf32>
    %244 = stablehlo.add %arg3, %243 : tensor<512xf32>
    %245 = call @_where_0(%189, %244, %arg3) : (tensor<512xi1>, tensor<512xf32>, tensor<512xf32>) -> tensor<512xf32>
    %246 = stablehlo.broadcast_in_dim %234, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %247 = stablehlo.multiply %239, %246 : tensor<512xf32>
    %248 = stablehlo.sqrt %245 : tensor<512xf32>
    %cst_38 = stablehlo.constant dense<1.000000e-07> : tensor<f32>
    %249 = stablehlo.broadcast_in_dim %cst_38, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %250 = stablehlo.add %248, %249 : tensor<512xf32>
    %251 = stablehlo.divide %247, %250 : tensor<512xf32>
    %252 = stablehlo.subtract %arg1, %251 : tensor<512xf32>
    %253 = call @_where_0(%189, %252, %arg1) : (tensor<512xi1>, tensor<512xf32>, tensor<512xf32>) -> tensor<512xf32>
    %254 = call @_where_0(%189, %253, %arg1) : (tensor<512xi1>, tensor<512xf32>, tensor<512xf32>) -> tensor<512xf32>
    %c_39 = stablehlo.constant dense<1> : tensor<i32>
    %255 = stablehlo.add %arg0, %c_39 : tensor<i32>
    return %255, %254, %239, %245, %12 : tensor<i32>, tensor<512xf32>, tensor<512xf32>, tensor<512xf32>, tensor<512xf32>
  }
  func.func private @floor_divide(%arg0: tensor<i32>, %arg1: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.convert %arg1 : tensor<i32>
    %1 = stablehlo.divide %arg0, %0 : tensor<i32>
    %2 = stablehlo.sign %arg0 : tensor<i32>
    %3 = stablehlo.sign %0 : tensor<i32>
    %4 = stablehlo.compare NE, %2, %3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %5 = stablehlo.remainder %arg0, %0 : tensor<i32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %6 = stablehlo.compare NE, %5, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %7 = stablehlo.and %4, %6 : tensor<i1>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %8 = stablehlo.subtract %1, %c_0 : tensor<i32>
    %9 = call @_where(%7, %8, %1) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    return %9 : tensor<i32>
  }
  func.func private @_where(%arg0: tensor<i1>, %arg1: tensor<i32>, %arg2: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<i32>
    return %0 : tensor<i32>
  }
  func.func private @remainder(%arg0: tensor<i32>, %arg1: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.convert %arg1 : tensor<i32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.compare EQ, %0, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %2 = call @_where(%1, %c_0, %0) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %3 = stablehlo.remainder %arg0, %2 : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %4 = stablehlo.compare NE, %3, %c_1, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %5 = stablehlo.compare LT, %3, %c_2, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_3 = stablehlo.constant dense<0> : tensor<i32>
    %6 = stablehlo.compare LT, %2, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %7 = stablehlo.compare NE, %5, %6, UNSIGNED : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %8 = stablehlo.and %7, %4 : tensor<i1>
    %9 = stablehlo.add %3, %2 : tensor<i32>
    %10 = stablehlo.select %8, %9, %3 : tensor<i1>, tensor<i32>
    return %10 : tensor<i32>
  }
  func.func private @_where_0(%arg0: tensor<512xi1>, %arg1: tensor<512xf32>, %arg2: tensor<512xf32>) -> tensor<512xf32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<512xi1>, tensor<512xf32>
    return %0 : tensor<512xf32>
  }
  func.func private @_where_1(%arg0: tensor<i1>, %arg1: tensor<f32>, %arg2: tensor<f32>) -> tensor<f32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<f32>
    return %0 : tensor<f32>
  }
  func.func private @remainder_2(%arg0: tensor<f32>, %arg1: tensor<i32>) -> tensor<f32> {
    %0 = stablehlo.convert %arg1 : (tensor<i32>) -> tensor<f32>
    %1 = stablehlo.remainder %arg0, %0 : tensor<f32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2 = stablehlo.compare NE, %1, %cst, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3 = stablehlo.compare LT, %1, %cst_0, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4 = stablehlo.compare LT, %0, %cst_1, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %5 = stablehlo.compare NE, %3, %4, UNSIGNED : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %6 = stablehlo.and %5, %2 : tensor<i1>
    %7 = stablehlo.add %1, %0 : tensor<f32>
    %8 = stablehlo.select %6, %7, %1 : tensor<i1>, tensor<f32>
    return %8 : tensor<f32>
  }
}
