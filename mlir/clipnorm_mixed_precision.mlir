module @adam_iree attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @step(%arg0: tensor<i32>, %arg1: tensor<40xf32>, %arg2: tensor<40xf32>, %arg3: tensor<40xf32>, %arg4: tensor<10xbf16>, %arg5: tensor<10xbf16>, %arg6: tensor<10xbf16>, %arg7: tensor<1xf16>, %arg8: tensor<1xf16>, %arg9: tensor<1xf16>, %arg10: tensor<40xf32>, %arg11: tensor<10xbf16>, %arg12: tensor<1xf16>, %arg13: tensor<f32>, %arg14: tensor<i32> {iree.abi.output = 0 : index}, %arg15: tensor<40xf32> {iree.abi.output = 1 : index}, %arg16: tensor<40xf32> {iree.abi.output = 2 : index}, %arg17: tensor<40xf32> {iree.abi.output = 3 : index}, %arg18: tensor<10xbf16> {iree.abi.output = 4 : index}, %arg19: tensor<10xbf16> {iree.abi.output = 5 : index}, %arg20: tensor<10xbf16> {iree.abi.output = 6 : index}, %arg21: tensor<1xf16> {iree.abi.output = 7 : index}, %arg22: tensor<1xf16> {iree.abi.output = 8 : index}, %arg23: tensor<1xf16> {iree.abi.output = 9 : index}) -> (tensor<i32> {jax.result_info = "result[0]"}, tensor<40xf32> {jax.result_info = "result[1]"}, tensor<40xf32> {jax.result_info = "result[2]"}, tensor<40xf32> {jax.result_info = "result[3]"}, tensor<10xbf16> {jax.result_info = "result[4]"}, tensor<10xbf16> {jax.result_info = "result[5]"}, tensor<10xbf16> {jax.result_info = "result[6]"}, tensor<1xf16> {jax.result_info = "result[7]"}, tensor<1xf16> {jax.result_info = "result[8]"}, tensor<1xf16> {jax.result_info = "result[9]"}) {
    %0 = chlo.square %arg10 : tensor<40xf32> -> tensor<40xf32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1 = stablehlo.reduce(%0 init: %cst) applies stablehlo.add across dimensions = [0] : (tensor<40xf32>, tensor<f32>) -> tensor<f32>
    %2 = stablehlo.broadcast_in_dim %1, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %3 = chlo.square %arg11 : tensor<10xbf16> -> tensor<10xbf16>
    %4 = stablehlo.convert %3 : (tensor<10xbf16>) -> tensor<10xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %5 = stablehlo.reduce(%4 init: %cst_0) applies stablehlo.add across dimensions = [0] : (tensor<10xf32>, tensor<f32>) -> tensor<f32>
    %6 = stablehlo.convert %5 : (tensor<f32>) -> tensor<bf16>
    %7 = stablehlo.broadcast_in_dim %6, dims = [] : (tensor<bf16>) -> tensor<1xbf16>
    %8 = chlo.square %arg12 : tensor<1xf16> -> tensor<1xf16>
    %9 = stablehlo.convert %8 : (tensor<1xf16>) -> tensor<1xf32>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %10 = stablehlo.reduce(%9 init: %cst_1) applies stablehlo.add across dimensions = [0] : (tensor<1xf32>, tensor<f32>) -> tensor<f32>
    %11 = stablehlo.convert %10 : (tensor<f32>) -> tensor<f16>
    %12 = stablehlo.broadcast_in_dim %11, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %cst_2 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %13 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %14 = stablehlo.compare GT, %2, %13, FLOAT : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xi1>
    %cst_3 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %15 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %16 = call @_where(%14, %2, %15) : (tensor<1xi1>, tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %17 = stablehlo.sqrt %16 : tensor<1xf32>
    %18 = call @_where(%14, %17, %2) : (tensor<1xi1>, tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %cst_4 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %19 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %20 = stablehlo.maximum %18, %19 : tensor<1xf32>
    %21 = stablehlo.reshape %20 : (tensor<1xf32>) -> tensor<f32>
    %cst_5 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %22 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %23 = stablehlo.multiply %arg10, %22 : tensor<40xf32>
    %24 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %25 = stablehlo.divide %23, %24 : tensor<40xf32>
    %cst_6 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %26 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<bf16>) -> tensor<1xbf16>
    %27 = stablehlo.compare GT, %7, %26, FLOAT : (tensor<1xbf16>, tensor<1xbf16>) -> tensor<1xi1>
    %cst_7 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %28 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<bf16>) -> tensor<1xbf16>
    %29 = call @_where_0(%27, %7, %28) : (tensor<1xi1>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<1xbf16>
    %30 = stablehlo.sqrt %29 : tensor<1xbf16>
    %31 = call @_where_0(%27, %30, %7) : (tensor<1xi1>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<1xbf16>
    %cst_8 = stablehlo.constant dense<5.000000e-01> : tensor<bf16>
    %32 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<bf16>) -> tensor<1xbf16>
    %33 = stablehlo.maximum %31, %32 : tensor<1xbf16>
    %34 = stablehlo.reshape %33 : (tensor<1xbf16>) -> tensor<bf16>
    %cst_9 = stablehlo.constant dense<5.000000e-01> : tensor<bf16>
    %35 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<bf16>) -> tensor<10xbf16>
    %36 = stablehlo.multiply %arg11, %35 : tensor<10xbf16>
    %37 = stablehlo.broadcast_in_dim %34, dims = [] : (tensor<bf16>) -> tensor<10xbf16>
    %38 = stablehlo.divide %36, %37 : tensor<10xbf16>
    %cst_10 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %39 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %40 = stablehlo.compare GT, %12, %39, FLOAT : (tensor<1xf16>, tensor<1xf16>) -> tensor<1xi1>
    %cst_11 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %41 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %42 = call @_where_1(%40, %12, %41) : (tensor<1xi1>, tensor<1xf16>, tensor<1xf16>) -> tensor<1xf16>
    %43 = stablehlo.sqrt %42 : tensor<1xf16>
    %44 = call @_where_1(%40, %43, %12) : (tensor<1xi1>, tensor<1xf16>, tensor<1xf16>) -> tensor<1xf16>
    %cst_12 = stablehlo.constant dense<5.000000e-01> : tensor<f16>
    %45 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %46 = stablehlo.maximum %44, %45 : tensor<1xf16>
    %47 = stablehlo.reshape %46 : (tensor<1xf16>) -> tensor<f16>
    %cst_13 = stablehlo.constant dense<5.000000e-01> : tensor<f16>
    %48 = stablehlo.broadcast_in_dim %cst_13, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %49 = stablehlo.multiply %arg12, %48 : tensor<1xf16>
    %50 = stablehlo.broadcast_in_dim %47, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %51 = stablehlo.divide %49, %50 : tensor<1xf16>
    %c = stablehlo.constant dense<1> : tensor<i32>
    %52 = stablehlo.add %arg0, %c : tensor<i32>
    %53 = stablehlo.convert %52 : (tensor<i32>) -> tensor<f32>
    %cst_14 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %54 = stablehlo.abs %cst_14 : tensor<f32>
    %55 = stablehlo.power %54, %53 : tensor<f32>
    %56 = stablehlo.floor %53 : tensor<f32>
    %57 = stablehlo.compare EQ, %56, %53, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %58 = stablehlo.abs %53 : tensor<f32>
    %c_15 = stablehlo.constant dense<2> : tensor<i32>
    %59 = call @remainder(%58, %c_15) : (tensor<f32>, tensor<i32>) -> tensor<f32>
    %cst_16 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %60 = stablehlo.compare EQ, %59, %cst_16, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %61 = stablehlo.and %57, %60 : tensor<i1>
    %cst_17 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %cst_18 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %62 = stablehlo.compare LT, %cst_17, %cst_18, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %63 = stablehlo.and %62, %61 : tensor<i1>
    %64 = stablehlo.negate %55 : tensor<f32>
    %65 = call @_where_2(%63, %64, %55) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_19 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %cst_20 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %66 = stablehlo.compare LT, %cst_19, %cst_20, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %67 = stablehlo.not %57 : tensor<i1>
    %68 = stablehlo.and %66, %67 : tensor<i1>
    %cst_21 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %69 = stablehlo.power %cst_21, %53 : tensor<f32>
    %70 = call @_where_2(%68, %69, %65) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_22 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %71 = stablehlo.compare EQ, %53, %cst_22, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_23 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %72 = call @_where_2(%71, %cst_23, %70) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_24 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %73 = stablehlo.abs %cst_24 : tensor<f32>
    %74 = stablehlo.power %73, %53 : tensor<f32>
    %75 = stablehlo.floor %53 : tensor<f32>
    %76 = stablehlo.compare EQ, %75, %53, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %77 = stablehlo.abs %53 : tensor<f32>
    %c_25 = stablehlo.constant dense<2> : tensor<i32>
    %78 = call @remainder(%77, %c_25) : (tensor<f32>, tensor<i32>) -> tensor<f32>
    %cst_26 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %79 = stablehlo.compare EQ, %78, %cst_26, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %80 = stablehlo.and %76, %79 : tensor<i1>
    %cst_27 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %cst_28 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %81 = stablehlo.compare LT, %cst_27, %cst_28, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %82 = stablehlo.and %81, %80 : tensor<i1>
    %83 = stablehlo.negate %74 : tensor<f32>
    %84 = call @_where_2(%82, %83, %74) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_29 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %cst_30 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %85 = stablehlo.compare LT, %cst_29, %cst_30, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %86 = stablehlo.not %76 : tensor<i1>
    %87 = stablehlo.and %85, %86 : tensor<i1>
    %cst_31 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %88 = stablehlo.power %cst_31, %53 : tensor<f32>
    %89 = call @_where_2(%87, %88, %84) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_32 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %90 = stablehlo.compare EQ, %53, %cst_32, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_33 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %91 = call @_where_2(%90, %cst_33, %89) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_34 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %92 = stablehlo.subtract %cst_34, %91 : tensor<f32>
    %93 = stablehlo.sqrt %92 : tensor<f32>
    %94 = stablehlo.multiply %arg13, %93 : tensor<f32>
    %cst_35 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %95 = stablehlo.subtract %cst_35, %72 : tensor<f32>
    %96 = stablehlo.divide %94, %95 : tensor<f32>
    %97 = stablehlo.subtract %25, %arg2 : tensor<40xf32>
    %cst_36 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %98 = stablehlo.broadcast_in_dim %cst_36, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %99 = stablehlo.multiply %97, %98 : tensor<40xf32>
    %100 = stablehlo.add %arg2, %99 : tensor<40xf32>
    %101 = chlo.square %25 : tensor<40xf32> -> tensor<40xf32>
    %102 = stablehlo.subtract %101, %arg3 : tensor<40xf32>
    %cst_37 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %103 = stablehlo.broadcast_in_dim %cst_37, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %104 = stablehlo.multiply %102, %103 : tensor<40xf32>
    %105 = stablehlo.add %arg3, %104 : tensor<40xf32>
    %106 = stablehlo.broadcast_in_dim %96, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %107 = stablehlo.multiply %100, %106 : tensor<40xf32>
    %108 = stablehlo.sqrt %105 : tensor<40xf32>
    %cst_38 = stablehlo.constant dense<1.000000e-07> : tensor<f32>
    %109 = stablehlo.broadcast_in_dim %cst_38, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %110 = stablehlo.add %108, %109 : tensor<40xf32>
    %111 = stablehlo.divide %107, %110 : tensor<40xf32>
    %112 = stablehlo.subtract %arg1, %111 : tensor<40xf32>
    %113 = stablehlo.convert %arg13 : (tensor<f32>) -> tensor<bf16>
    %c_39 = stablehlo.constant dense<1> : tensor<i32>
    %114 = stablehlo.add %arg0, %c_39 : tensor<i32>
    %115 = stablehlo.convert %114 : (tensor<i32>) -> tensor<bf16>
    %cst_40 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %116 = stablehlo.abs %cst_40 : tensor<bf16>
    %117 = stablehlo.power %116, %115 : tensor<bf16>
    %118 = stablehlo.floor %115 : tensor<bf16>
    %119 = stablehlo.compare EQ, %118, %115, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %120 = stablehlo.abs %115 : tensor<bf16>
    %c_41 = stablehlo.constant dense<2> : tensor<i32>
    %121 = call @remainder_3(%120, %c_41) : (tensor<bf16>, tensor<i32>) -> tensor<bf16>
    %cst_42 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %122 = stablehlo.compare EQ, %121, %cst_42, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %123 = stablehlo.and %119, %122 : tensor<i1>
    %cst_43 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %cst_44 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %124 = stablehlo.compare LT, %cst_43, %cst_44, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %125 = stablehlo.and %124, %123 : tensor<i1>
    %126 = stablehlo.negate %117 : tensor<bf16>
    %127 = call @_where_4(%125, %126, %117) : (tensor<i1>, tensor<bf16>, tensor<bf16>) -> tensor<bf16>
    %cst_45 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %cst_46 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %128 = stablehlo.compare LT, %cst_45, %cst_46, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %129 = stablehlo.not %119 : tensor<i1>
    %130 = stablehlo.and %128, %129 : tensor<i1>
    %cst_47 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %131 = stablehlo.power %cst_47, %115 : tensor<bf16>
    %132 = call @_where_4(%130, %131, %127) : (tensor<i1>, tensor<bf16>, tensor<bf16>) -> tensor<bf16>
    %cst_48 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %133 = stablehlo.compare EQ, %115, %cst_48, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %cst_49 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %134 = call @_where_4(%133, %cst_49, %132) : (tensor<i1>, tensor<bf16>, tensor<bf16>) -> tensor<bf16>
    %cst_50 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %135 = stablehlo.abs %cst_50 : tensor<bf16>
    %136 = stablehlo.power %135, %115 : tensor<bf16>
    %137 = stablehlo.floor %115 : tensor<bf16>
    %138 = stablehlo.compare EQ, %137, %115, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %139 = stablehlo.abs %115 : tensor<bf16>
    %c_51 = stablehlo.constant dense<2> : tensor<i32>
    %140 = call @remainder_3(%139, %c_51) : (tensor<bf16>, tensor<i32>) -> tensor<bf16>
    %cst_52 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %141 = stablehlo.compare EQ, %140, %cst_52, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %142 = stablehlo.and %138, %141 : tensor<i1>
    %cst_53 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %cst_54 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %143 = stablehlo.compare LT, %cst_53, %cst_54, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %144 = stablehlo.and %143, %142 : tensor<i1>
    %145 = stablehlo.negate %136 : tensor<bf16>
    %146 = call @_where_4(%144, %145, %136) : (tensor<i1>, tensor<bf16>, tensor<bf16>) -> tensor<bf16>
    %cst_55 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %cst_56 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %147 = stablehlo.compare LT, %cst_55, %cst_56, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %148 = stablehlo.not %138 : tensor<i1>
    %149 = stablehlo.and %147, %148 : tensor<i1>
    %cst_57 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %150 = stablehlo.power %cst_57, %115 : tensor<bf16>
    %151 = call @_where_4(%149, %150, %146) : (tensor<i1>, tensor<bf16>, tensor<bf16>) -> tensor<bf16>
    %cst_58 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %152 = stablehlo.compare EQ, %115, %cst_58, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %cst_59 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %153 = call @_where_4(%152, %cst_59, %151) : (tensor<i1>, tensor<bf16>, tensor<bf16>) -> tensor<bf16>
    %cst_60 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %154 = stablehlo.subtract %cst_60, %153 : tensor<bf16>
    %155 = stablehlo.sqrt %154 : tensor<bf16>
    %156 = stablehlo.multiply %113, %155 : tensor<bf16>
    %cst_61 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %157 = stablehlo.subtract %cst_61, %134 : tensor<bf16>
    %158 = stablehlo.divide %156, %157 : tensor<bf16>
    %159 = stablehlo.subtract %38, %arg5 : tensor<10xbf16>
    %cst_62 = stablehlo.constant dense<1.000980e-01> : tensor<bf16>
    %160 = stablehlo.broadcast_in_dim %cst_62, dims = [] : (tensor<bf16>) -> tensor<10xbf16>
    %161 = stablehlo.multiply %159, %160 : tensor<10xbf16>
    %162 = stablehlo.add %arg5, %161 : tensor<10xbf16>
    %163 = chlo.square %38 : tensor<10xbf16> -> tensor<10xbf16>
    %164 = stablehlo.subtract %163, %arg6 : tensor<10xbf16>
    %cst_63 = stablehlo.constant dense<9.994500e-04> : tensor<bf16>
    %165 = stablehlo.broadcast_in_dim %cst_63, dims = [] : (tensor<bf16>) -> tensor<10xbf16>
    %166 = stablehlo.multiply %164, %165 : tensor<10xbf16>
    %167 = stablehlo.add %arg6, %166 : tensor<10xbf16>
    %168 = stablehlo.broadcast_in_dim %158, dims = [] : (tensor<bf16>) -> tensor<10xbf16>
    %169 = stablehlo.multiply %162, %168 : tensor<10xbf16>
    %170 = stablehlo.sqrt %167 : tensor<10xbf16>
    %cst_64 = stablehlo.constant dense<1.001170e-07> : tensor<bf16>
    %171 = stablehlo.broadcast_in_dim %cst_64, dims = [] : (tensor<bf16>) -> tensor<10xbf16>
    %172 = stablehlo.add %170, %171 : tensor<10xbf16>
    %173 = stablehlo.divide %169, %172 : tensor<10xbf16>
    %174 = stablehlo.subtract %arg4, %173 : tensor<10xbf16>
    %175 = stablehlo.convert %arg13 : (tensor<f32>) -> tensor<f16>
    %c_65 = stablehlo.constant dense<1> : tensor<i32>
    %176 = stablehlo.add %arg0, %c_65 : tensor<i32>
    %177 = stablehlo.convert %176 : (tensor<i32>) -> tensor<f16>
    %cst_66 = stablehlo.constant dense<8.999020e-01> : tensor<f16>
    %178 = stablehlo.abs %cst_66 : tensor<f16>
    %179 = stablehlo.power %178, %177 : tensor<f16>
    %180 = stablehlo.floor %177 : tensor<f16>
    %181 = stablehlo.compare EQ, %180, %177, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %182 = stablehlo.abs %177 : tensor<f16>
    %c_67 = stablehlo.constant dense<2> : tensor<i32>
    %183 = call @remainder_5(%182, %c_67) : (tensor<f16>, tensor<i32>) -> tensor<f16>
    %cst_68 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %184 = stablehlo.compare EQ, %183, %cst_68, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %185 = stablehlo.and %181, %184 : tensor<i1>
    %cst_69 = stablehlo.constant dense<8.999020e-01> : tensor<f16>
    %cst_70 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %186 = stablehlo.compare LT, %cst_69, %cst_70, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %187 = stablehlo.and %186, %185 : tensor<i1>
    %188 = stablehlo.negate %179 : tensor<f16>
    %189 = call @_where_6(%187, %188, %179) : (tensor<i1>, tensor<f16>, tensor<f16>) -> tensor<f16>
    %cst_71 = stablehlo.constant dense<8.999020e-01> : tensor<f16>
    %cst_72 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %190 = stablehlo.compare LT, %cst_71, %cst_72, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %191 = stablehlo.not %181 : tensor<i1>
    %192 = stablehlo.and %190, %191 : tensor<i1>
    %cst_73 = stablehlo.constant dense<8.999020e-01> : tensor<f16>
    %193 = stablehlo.power %cst_73, %177 : tensor<f16>
    %194 = call @_where_6(%192, %193, %189) : (tensor<i1>, tensor<f16>, tensor<f16>) -> tensor<f16>
    %cst_74 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %195 = stablehlo.compare EQ, %177, %cst_74, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %cst_75 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %196 = call @_where_6(%195, %cst_75, %194) : (tensor<i1>, tensor<f16>, tensor<f16>) -> tensor<f16>
    %cst_76 = stablehlo.constant dense<9.990230e-01> : tensor<f16>
    %197 = stablehlo.abs %cst_76 : tensor<f16>
    %198 = stablehlo.power %197, %177 : tensor<f16>
    %199 = stablehlo.floor %177 : tensor<f16>
    %200 = stablehlo.compare EQ, %199, %177, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %201 = stablehlo.abs %177 : tensor<f16>
    %c_77 = stablehlo.constant dense<2> : tensor<i32>
    %202 = call @remainder_5(%201, %c_77) : (tensor<f16>, tensor<i32>) -> tensor<f16>
    %cst_78 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %203 = stablehlo.compare EQ, %202, %cst_78, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %204 = stablehlo.and %200, %203 : tensor<i1>
    %cst_79 = stablehlo.constant dense<9.990230e-01> : tensor<f16>
    %cst_80 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %205 = stablehlo.compare LT, %cst_79, %cst_80, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %206 = stablehlo.and %205, %204 : tensor<i1>
    %207 = stablehlo.negate %198 : tensor<f16>
    %208 = call @_where_6(%206, %207, %198) : (tensor<i1>, tensor<f16>, tensor<f16>) -> tensor<f16>
    %cst_81 = stablehlo.constant dense<9.990230e-01> : tensor<f16>
    %cst_82 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %209 = stablehlo.compare LT, %cst_81, %cst_82, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %210 = stablehlo.not %200 : tensor<i1>
    %211 = stablehlo.and %209, %210 : tensor<i1>
    %cst_83 = stablehlo.constant dense<9.990230e-01> : tensor<f16>
    %212 = stablehlo.power %cst_83, %177 : tensor<f16>
    %213 = call @_where_6(%211, %212, %208) : (tensor<i1>, tensor<f16>, tensor<f16>) -> tensor<f16>
    %cst_84 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %214 = stablehlo.compare EQ, %177, %cst_84, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %cst_85 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %215 = call @_where_6(%214, %cst_85, %213) : (tensor<i1>, tensor<f16>, tensor<f16>) -> tensor<f16>
    %cst_86 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %216 = stablehlo.subtract %cst_86, %215 : tensor<f16>
    %217 = stablehlo.sqrt %216 : tensor<f16>
    %218 = stablehlo.multiply %175, %217 : tensor<f16>
    %cst_87 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %219 = stablehlo.subtract %cst_87, %196 : tensor<f16>
    %220 = stablehlo.divide %218, %219 : tensor<f16>
    %221 = stablehlo.subtract %51, %arg8 : tensor<1xf16>
    %cst_88 = stablehlo.constant dense<9.997550e-02> : tensor<f16>
    %222 = stablehlo.broadcast_in_dim %cst_88, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %223 = stablehlo.multiply %221, %222 : tensor<1xf16>
    %224 = stablehlo.add %arg8, %223 : tensor<1xf16>
    %225 = chlo.square %51 : tensor<1xf16> -> tensor<1xf16>
    %226 = stablehlo.subtract %225, %arg9 : tensor<1xf16>
    %cst_89 = stablehlo.constant dense<1.000400e-03> : tensor<f16>
    %227 = stablehlo.broadcast_in_dim %cst_89, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %228 = stablehlo.multiply %226, %227 : tensor<1xf16>
    %229 = stablehlo.add %arg9, %228 : tensor<1xf16>
    %230 = stablehlo.broadcast_in_dim %220, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %231 = stablehlo.multiply %224, %230 : tensor<1xf16>
    %232 = stablehlo.sqrt %229 : tensor<1xf16>
    %cst_90 = stablehlo.constant dense<1.192090e-07> : tensor<f16>
    %233 = stablehlo.broadcast_in_dim %cst_90, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %234 = stablehlo.add %232, %233 : tensor<1xf16>
    %235 = stablehlo.divide %231, %234 : tensor<1xf16>
    %236 = stablehlo.subtract %arg7, %235 : tensor<1xf16>
    %c_91 = stablehlo.constant dense<1> : tensor<i32>
    %237 = stablehlo.add %arg0, %c_91 : tensor<i32>
    return %237, %112, %100, %105, %174, %162, %167, %236, %224, %229 : tensor<i32>, tensor<40xf32>, tensor<40xf32>, tensor<40xf32>, tensor<10xbf16>, tensor<10xbf16>, tensor<10xbf16>, tensor<1xf16>, tensor<1xf16>, tensor<1xf16>
  }
  func.func private @_where(%arg0: tensor<1xi1>, %arg1: tensor<1xf32>, %arg2: tensor<1xf32>) -> tensor<1xf32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<1xi1>, tensor<1xf32>
    return %0 : tensor<1xf32>
  }
  func.func private @_where_0(%arg0: tensor<1xi1>, %arg1: tensor<1xbf16>, %arg2: tensor<1xbf16>) -> tensor<1xbf16> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<1xi1>, tensor<1xbf16>
    return %0 : tensor<1xbf16>
  }
  func.func private @_where_1(%arg0: tensor<1xi1>, %arg1: tensor<1xf16>, %arg2: tensor<1xf16>) -> tensor<1xf16> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<1xi1>, tensor<1xf16>
    return %0 : tensor<1xf16>
  }
  func.func private @remainder(%arg0: tensor<f32>, %arg1: tensor<i32>) -> tensor<f32> {
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
  func.func private @_where_2(%arg0: tensor<i1>, %arg1: tensor<f32>, %arg2: tensor<f32>) -> tensor<f32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<f32>
    return %0 : tensor<f32>
  }
  func.func private @remainder_3(%arg0: tensor<bf16>, %arg1: tensor<i32>) -> tensor<bf16> {
    %0 = stablehlo.convert %arg1 : (tensor<i32>) -> tensor<bf16>
    %1 = stablehlo.remainder %arg0, %0 : tensor<bf16>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %2 = stablehlo.compare NE, %1, %cst, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %3 = stablehlo.compare LT, %1, %cst_0, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %4 = stablehlo.compare LT, %0, %cst_1, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %5 = stablehlo.compare NE, %3, %4, UNSIGNED : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %6 = stablehlo.and %5, %2 : tensor<i1>
    %7 = stablehlo.add %1, %0 : tensor<bf16>
    %8 = stablehlo.select %6, %7, %1 : tensor<i1>, tensor<bf16>
    return %8 : tensor<bf16>
  }
  func.func private @_where_4(%arg0: tensor<i1>, %arg1: tensor<bf16>, %arg2: tensor<bf16>) -> tensor<bf16> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<bf16>
    return %0 : tensor<bf16>
  }
  func.func private @remainder_5(%arg0: tensor<f16>, %arg1: tensor<i32>) -> tensor<f16> {
    %0 = stablehlo.convert %arg1 : (tensor<i32>) -> tensor<f16>
    %1 = stablehlo.remainder %arg0, %0 : tensor<f16>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %2 = stablehlo.compare NE, %1, %cst, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %3 = stablehlo.compare LT, %1, %cst_0, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %4 = stablehlo.compare LT, %0, %cst_1, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %5 = stablehlo.compare NE, %3, %4, UNSIGNED : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %6 = stablehlo.and %5, %2 : tensor<i1>
    %7 = stablehlo.add %1, %0 : tensor<f16>
    %8 = stablehlo.select %6, %7, %1 : tensor<i1>, tensor<f16>
    return %8 : tensor<f16>
  }
  func.func private @_where_6(%arg0: tensor<i1>, %arg1: tensor<f16>, %arg2: tensor<f16>) -> tensor<f16> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<f16>
    return %0 : tensor<f16>
  }
}
